// blufio-test-lockholder DATA_DIR: takes the data directory lock the way blufiod does, prints "locked",
// and holds it until its stdin closes. Lets tests see a lock held by another process.
#include "common/storage/DataDirLock.h"

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: blufio-test-lockholder DATA_DIR\n", stderr);
        return 2;
    }
    blufio::DataDirLock lock(QString::fromLocal8Bit(argv[1]));
    if (auto locked = lock.tryLock(); !locked) {
        std::fprintf(stderr, "%s\n", locked.errorMessage().toLocal8Bit().constData());
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) { }
    return 0;
}
