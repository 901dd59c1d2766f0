// DataDirLock: one holder per data directory, others told the holder's pid.
#include "StorageTestUtil.h"

#include "common/Paths.h"
#include "common/storage/DataDirLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

class TestDataDirLock : public QObject
{
    Q_OBJECT

private slots:
    void secondLockInProcessFails();
    void lockHeldByAnotherProcess();
    void holderPidWithoutLockFile();
};

void TestDataDirLock::secondLockInProcessFails()
{
    QTemporaryDir dir;
    DataDirLock first(dir.path());
    QVERIFY(first.tryLock().ok());
    QVERIFY(first.isLocked());
    QCOMPARE(first.lockFilePath(), QDir(dir.path()).filePath(Paths::lockFileName()));
    const qint64 self = QCoreApplication::applicationPid();
    QCOMPARE(DataDirLock::holderPid(dir.path()), self);

    DataDirLock second(dir.path());
    auto locked = second.tryLock();
    QVERIFY(!locked.ok());
    QCOMPARE(locked.code(), ErrorCode::Locked);
    QVERIFY2(locked.errorMessage().contains(QString::number(self)), qPrintable(locked.errorMessage()));
    QVERIFY(!second.isLocked());

    first.unlock();
    QCOMPARE(DataDirLock::holderPid(dir.path()), 0);
    QVERIFY(second.tryLock().ok());
}

void TestDataDirLock::lockHeldByAnotherProcess()
{
    QTemporaryDir dir;
    LockHolder holder(dir.path());
    QVERIFY(holder.started());
    QCOMPARE(DataDirLock::holderPid(dir.path()), holder.pid());

    DataDirLock lock(dir.path());
    auto locked = lock.tryLock();
    QCOMPARE(locked.code(), ErrorCode::Locked);
    QVERIFY2(locked.errorMessage().contains(QString::number(holder.pid())),
             qPrintable(locked.errorMessage()));

    holder.release(); // the kernel drops the lock with the process
    QCOMPARE(DataDirLock::holderPid(dir.path()), 0);
    QVERIFY(lock.tryLock().ok());
}

void TestDataDirLock::holderPidWithoutLockFile()
{
    QTemporaryDir dir;
    QCOMPARE(DataDirLock::holderPid(dir.path()), 0);
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(Paths::lockFileName())));
}

QTEST_GUILESS_MAIN(TestDataDirLock)
#include "tst_datadirlock.moc"
