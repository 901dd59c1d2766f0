#include "ControlSequenceFilter.h"

namespace blufio {

namespace {
constexpr char16_t kEsc = 0x1B;
constexpr char16_t kBel = 0x07;
constexpr char16_t kCan = 0x18; // CAN and SUB abort a sequence (ECMA-48)
constexpr char16_t kSub = 0x1A;
constexpr char16_t kCsi = 0x9B;
constexpr char16_t kSt = 0x9C;
constexpr char16_t kOsc = 0x9D;

bool isStringIntroducer(char16_t c)
{
    return c == 0x90 /* DCS */ || c == 0x98 /* SOS */ || c == 0x9E /* PM */ || c == 0x9F /* APC */;
}
} // namespace

QString ControlSequenceFilter::filter(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        switch (m_state) {
        case State::Text:
            text(c, out);
            break;
        case State::Escape:
            escape(c, out);
            break;
        case State::EscapeIntermediate:
            if (c >= 0x20 && c <= 0x2F)
                break;
            m_state = State::Text;
            if (c < 0x30 || c > 0x7E)
                text(c, out); // not a valid escape after all: the character is text (or control)
            break;
        case State::Csi:
            if (c >= 0x20 && c <= 0x3F)
                break; // parameter or intermediate bytes
            m_state = State::Text;
            if (c < 0x40 || c > 0x7E)
                text(c, out); // malformed: end the sequence, judge the character on its own
            break;
        case State::String:
            if (c == kBel || c == kSt || c == kCan || c == kSub)
                m_state = State::Text;
            else if (c == kEsc)
                m_state = State::StringEscape;
            break; // everything else is the string's payload (an OSC 52 clipboard write, a title)
        case State::StringEscape:
            if (c == u'\\') {
                m_state = State::Text;
            } else {
                // ESC that is not ST ends the string and starts a new escape (as xterm does).
                m_state = State::Escape;
                escape(c, out);
            }
            break;
        }
    }
    return out;
}

void ControlSequenceFilter::text(char16_t c, QString &out)
{
    if (c == kEsc) {
        m_state = State::Escape;
    } else if (c == kCsi) {
        m_state = State::Csi;
    } else if (c == kOsc || isStringIntroducer(c)) {
        m_state = State::String;
    } else if (c == u'\n' || c == u'\t' || (c >= 0x20 && c < 0x7F) || c > 0x9F) {
        out.append(QChar(c));
    }
    // Other C0 controls (CR, BEL, backspace, ...), DEL and the remaining C1 controls are dropped.
}

void ControlSequenceFilter::escape(char16_t c, QString &out)
{
    if (c == u'[') {
        m_state = State::Csi;
    } else if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_') {
        m_state = State::String;
    } else if (c >= 0x20 && c <= 0x2F) {
        m_state = State::EscapeIntermediate;
    } else if (c >= 0x30 && c <= 0x7E) {
        m_state = State::Text; // a complete two-character escape (ESC c resets the terminal, ESC 7, ...)
    } else if (c == kEsc) {
        m_state = State::Escape;
    } else {
        m_state = State::Text;
        if (c != kCan && c != kSub)
            text(c, out);
    }
}

} // namespace blufio
