// Where the fonts that documents embed live on this machine, and whether they are there.
#include "FontCatalog.h"

#include <QFileInfo>

namespace madoguchi::print {

namespace {
FontFile locate(const QString& family, const QString& package, const QString& fileName, const QString& debianDir,
                const QList<QString>& extraDirs) {
    FontFile font{family, {}, package};
    QList<QString> dirs = extraDirs;
    dirs << debianDir;
    for (const QString& dir : dirs) {
        const QFileInfo candidate(dir + QLatin1Char('/') + fileName);
        if (candidate.isFile() && candidate.isReadable()) {
            font.path = candidate.absoluteFilePath();
            break;
        }
    }
    return font;
}
} // namespace

FontCatalog::FontCatalog(const QList<QString>& extraDirs)
    : m_mincho(locate(QStringLiteral("IPAexMincho"), QStringLiteral("fonts-ipaexfont-mincho"),
                      QStringLiteral("ipaexm.ttf"), QStringLiteral("/usr/share/fonts/opentype/ipaexfont-mincho"),
                      extraDirs))
    , m_gothic(locate(QStringLiteral("IPAexGothic"), QStringLiteral("fonts-ipaexfont-gothic"),
                      QStringLiteral("ipaexg.ttf"), QStringLiteral("/usr/share/fonts/opentype/ipaexfont-gothic"),
                      extraDirs))
    , m_gaiji(locate(QStringLiteral("IPAmjMincho"), QStringLiteral("fonts-ipamj-mincho"), QStringLiteral("ipamjm.ttf"),
                     QStringLiteral("/usr/share/fonts/truetype/ipamj"), extraDirs)) {}

} // namespace madoguchi::print
