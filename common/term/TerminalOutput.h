#pragma once

#include <QString>

namespace blufio {

// Colour and layout decisions for text meant for a person: colour only on a TTY, never with
// NO_COLOR (https://no-color.org) or TERM=dumb.
class TerminalOutput
{
public:
    enum class Colour { None, Green, Yellow, Red, Dim, Bold };

    explicit TerminalOutput(bool colour) : m_colour(colour) { }
    // Whether the given file descriptor should get colour.
    static bool colourFor(int fd);

    QString paint(const QString &text, Colour colour) const;
    bool colour() const { return m_colour; }

    static QString bytes(quint64 bytes); // "12.3 MiB"
    static QString duration(qint64 seconds); // "3d 4h", "2h 5m", "42s"

private:
    bool m_colour;
};

} // namespace blufio
