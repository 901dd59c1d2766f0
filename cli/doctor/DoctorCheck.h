#pragma once

#include <QString>

namespace blufio::cli {

// One finding of `blufio doctor`: a stable id (API in --json), a status, what was found and what to do.
struct DoctorCheck
{
    enum class Status { Ok, Warn, Fail };

    QString id;
    Status status = Status::Ok;
    QString message; // one line, translated
    QString remedy; // one line, translated; empty when there is nothing to do

    // "ok" / "warn" / "fail": untranslated, for --json.
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Ok:
            return QStringLiteral("ok");
        case Status::Warn:
            return QStringLiteral("warn");
        case Status::Fail:
            return QStringLiteral("fail");
        }
        return {};
    }
};

} // namespace blufio::cli
