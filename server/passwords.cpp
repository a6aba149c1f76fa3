#include "server/passwords.h"

#include <QCryptographicHash>
#include <QSemaphore>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Fehrist::Server {

namespace {

constexpr int kMaxConcurrentHashes = 2;

QSemaphore &hashSlots()
{
    static QSemaphore available(kMaxConcurrentHashes);
    return available;
}

// Holds one of the hash slots for the lifetime of a hash.
class HashSlot
{
public:
    explicit HashSlot(int waitMs) : m_taken(hashSlots().tryAcquire(1, waitMs)) { }
    ~HashSlot()
    {
        if (m_taken)
            hashSlots().release();
    }
    bool taken() const { return m_taken; }

private:
    bool m_taken;
};

Core::Error busy()
{
    return Core::Error {u"busy"_s, u"the server is busy checking other passwords; try again in a moment"_s, {}};
}

} // namespace

bool Passwords::initialise()
{
    return sodium_init() >= 0;
}

int Passwords::maxConcurrentHashes()
{
    return kMaxConcurrentHashes;
}

Core::Result<QByteArray> Passwords::hash(const QString &password, int waitMs)
{
    const QByteArray utf8 = password.toUtf8();
    HashSlot slot(waitMs);
    if (!slot.taken())
        return busy();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Core::Error {u"out-of-memory"_s, u"not enough memory to hash the password"_s, {}};
    out.truncate(qstrnlen(out.constData(), out.size()));
    return out;
}

Core::Result<bool> Passwords::verify(const QByteArray &storedHash, const QString &password, int waitMs)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray stored = storedHash;
    stored.append('\0');
    HashSlot slot(waitMs);
    if (!slot.taken())
        return busy();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QByteArray Passwords::dummyHash()
{
    static const QByteArray dummy = [] {
        auto h = hash(u"no such user; a password nobody has"_s, -1);
        return h ? *h : QByteArray();
    }();
    return dummy;
}

QString Passwords::newToken(const QString &prefix)
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray raw(reinterpret_cast<const char *>(bytes), sizeof bytes);
    sodium_memzero(bytes, sizeof bytes);
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Passwords::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Fehrist::Server
