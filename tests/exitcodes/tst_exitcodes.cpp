// The exit-code tables of blufiod, blufio and blufio-tray (docs/CLI.md): every ErrorCode maps to the
// documented status. The switches have no default, so a new ErrorCode does not compile (CI builds
// with -Werror) until each table says what it means; this suite pins what they say.
#include "cli/ExitCodes.h"
#include "common/Result.h"
#include "daemon/ExitCodes.h"
#include "tray/ExitCodes.h"

#include <QTest>

using namespace blufio;

Q_DECLARE_METATYPE(blufio::ErrorCode)

// The tables are constexpr: what the programs return is fixed at compile time.
static_assert(cli::exitCodeFor(ErrorCode::Config) == 78);
static_assert(daemonExitCodeFor(ErrorCode::Config) == 78);

class TestExitCodes : public QObject
{
    Q_OBJECT

private slots:
    void tables_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("daemon");
        QTest::addColumn<int>("cli");
        QTest::addColumn<int>("tray");
        // 78 (EX_CONFIG) only for configuration problems: systemd's RestartPreventExitStatus=78 and
        // the lifecycle hooks rely on it. 2 for a wrong command line. Everything else is 1.
        QTest::newRow("Config") << ErrorCode::Config << 78 << 78 << 1;
        QTest::newRow("Usage") << ErrorCode::Usage << 1 << 2 << 2;
        QTest::newRow("Failed") << ErrorCode::Failed << 1 << 1 << 1;
        QTest::newRow("Unavailable") << ErrorCode::Unavailable << 1 << 1 << 1;
        QTest::newRow("NotFound") << ErrorCode::NotFound << 1 << 1 << 1;
        QTest::newRow("AlreadyExists") << ErrorCode::AlreadyExists << 1 << 1 << 1;
        QTest::newRow("Conflict") << ErrorCode::Conflict << 1 << 1 << 1;
        QTest::newRow("InvalidArgument") << ErrorCode::InvalidArgument << 1 << 1 << 1;
        QTest::newRow("Io") << ErrorCode::Io << 1 << 1 << 1;
        QTest::newRow("Database") << ErrorCode::Database << 1 << 1 << 1;
        QTest::newRow("NotSqlite") << ErrorCode::NotSqlite << 1 << 1 << 1;
        QTest::newRow("Corrupt") << ErrorCode::Corrupt << 1 << 1 << 1;
        QTest::newRow("NotBlufio") << ErrorCode::NotBlufio << 1 << 1 << 1;
        QTest::newRow("SchemaTooNew") << ErrorCode::SchemaTooNew << 1 << 1 << 1;
        QTest::newRow("Locked") << ErrorCode::Locked << 1 << 1 << 1;
        QTest::newRow("WrongPassphrase") << ErrorCode::WrongPassphrase << 1 << 1 << 1;
        QTest::newRow("VaultMissing") << ErrorCode::VaultMissing << 1 << 1 << 1;
        QTest::newRow("VaultLocked") << ErrorCode::VaultLocked << 1 << 1 << 1;
        QTest::newRow("NoPassphrase") << ErrorCode::NoPassphrase << 1 << 1 << 1;
        QTest::newRow("Crypto") << ErrorCode::Crypto << 1 << 1 << 1;
        QTest::newRow("Unauthorized") << ErrorCode::Unauthorized << 1 << 1 << 1;
        QTest::newRow("RateLimited") << ErrorCode::RateLimited << 1 << 1 << 1;
        QTest::newRow("Network") << ErrorCode::Network << 1 << 1 << 1;
        QTest::newRow("Timeout") << ErrorCode::Timeout << 1 << 1 << 1;
        QTest::newRow("Malformed") << ErrorCode::Malformed << 1 << 1 << 1;
    }

    void tables()
    {
        QFETCH(ErrorCode, code);
        QFETCH(int, daemon);
        QFETCH(int, cli);
        QFETCH(int, tray);
        QCOMPARE(daemonExitCodeFor(code), daemon);
        QCOMPARE(cli::exitCodeFor(code), cli);
        QCOMPARE(tray::exitCodeFor(code), tray);
    }

    // Every enumerator has a row above: the rows are the enum's values 0..Malformed (the last one)
    // without a gap.
    void everyCodeHasARow()
    {
        QSet<int> seen;
        for (const ErrorCode code :
             {ErrorCode::Failed,          ErrorCode::Config,          ErrorCode::Usage,
              ErrorCode::Unavailable,     ErrorCode::NotFound,        ErrorCode::AlreadyExists,
              ErrorCode::Conflict,        ErrorCode::InvalidArgument, ErrorCode::Io,
              ErrorCode::Database,        ErrorCode::NotSqlite,       ErrorCode::Corrupt,
              ErrorCode::NotBlufio,       ErrorCode::SchemaTooNew,    ErrorCode::Locked,
              ErrorCode::WrongPassphrase, ErrorCode::VaultMissing,    ErrorCode::VaultLocked,
              ErrorCode::NoPassphrase,    ErrorCode::Crypto,          ErrorCode::Unauthorized,
              ErrorCode::RateLimited,     ErrorCode::Network,         ErrorCode::Timeout,
              ErrorCode::Malformed})
            seen.insert(int(code));
        QCOMPARE(seen.size(), int(ErrorCode::Malformed) + 1);
        for (int i = 0; i <= int(ErrorCode::Malformed); ++i)
            QVERIFY2(seen.contains(i), qPrintable(QString::number(i)));
    }

    // The named statuses the commands return are the documented numbers.
    void namedStatuses()
    {
        QCOMPARE(int(cli::Ok), 0);
        QCOMPARE(int(cli::Failure), 1);
        QCOMPARE(int(cli::Usage), 2);
        QCOMPARE(int(cli::Degraded), 3);
        QCOMPARE(int(cli::ConfigError), 78);
        QCOMPARE(int(DaemonStopped), 0);
        QCOMPARE(int(DaemonFailed), 1);
        QCOMPARE(int(DaemonConfigError), 78);
        QCOMPARE(int(tray::TrayUsage), 2);
    }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
