#pragma once

#include <QString>
#include <QStringView>

namespace blufio {

// Removes terminal control from text a model wrote before it reaches a terminal: ESC sequences
// (CSI "ESC [ ... final", OSC "ESC ] ... BEL or ST", DCS/SOS/PM/APC strings, two- and
// three-character escapes), C1 controls (U+0080-U+009F, whose CSI/OSC/string introducers are
// followed like their ESC forms), DEL and C0 controls except newline and tab. A reply could
// otherwise clear the screen, move the cursor over earlier output, retitle the window or write
// the clipboard (OSC 52). Stateful, because a sequence may be split across streamed deltas;
// nothing is buffered: a sequence is dropped as it arrives, so an unterminated one costs no memory.
class ControlSequenceFilter
{
public:
    QString filter(QStringView text);
    // Back to plain text, e.g. before a new reply, so one cut off inside a sequence does not
    // swallow the next.
    void reset() { m_state = State::Text; }

private:
    enum class State {
        Text,
        Escape, // after ESC
        EscapeIntermediate, // ESC followed by 0x20-0x2F, waiting for the final character
        Csi, // parameters and intermediates until a final 0x40-0x7E
        String, // OSC, DCS, SOS, PM, APC: until BEL (OSC's xterm form) or ST
        StringEscape, // ESC inside a string: '\' completes ST
    };

    void text(char16_t c, QString &out);
    void escape(char16_t c, QString &out);

    State m_state = State::Text;
};

} // namespace blufio
