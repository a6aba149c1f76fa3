#include "core/domain/ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace Fehrist::Core {

QString newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    std::array<char, 16> bytes {};
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xFF);
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random);
    for (int i = 6; i < 16; ++i)
        bytes[i] = char((random[(i - 6) / 4] >> (8 * ((i - 6) % 4))) & 0xFF);
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16)).toString(QUuid::WithoutBraces);
}

} // namespace Fehrist::Core
