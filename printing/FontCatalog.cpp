// Where the fonts that documents embed live on this machine, and whether they are there.
#include "FontCatalog.h"

#include <QFileInfo>
#include <QStringList>

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
    : m_extraDirs(extraDirs)
    , m_mincho(locate(QStringLiteral("IPAexMincho"), QStringLiteral("fonts-ipaexfont-mincho"),
                      QStringLiteral("ipaexm.ttf"), QStringLiteral("/usr/share/fonts/opentype/ipaexfont-mincho"),
                      extraDirs))
    , m_gothic(locate(QStringLiteral("IPAexGothic"), QStringLiteral("fonts-ipaexfont-gothic"),
                      QStringLiteral("ipaexg.ttf"), QStringLiteral("/usr/share/fonts/opentype/ipaexfont-gothic"),
                      extraDirs))
    , m_gaiji(locate(QStringLiteral("IPAmjMincho"), QStringLiteral("fonts-ipamj-mincho"), QStringLiteral("ipamjm.ttf"),
                     QStringLiteral("/usr/share/fonts/truetype/ipamj"), extraDirs)) {}

ResidentFonts FontCatalog::residentFonts(const QString& language) const {
    const QString notoDir = QStringLiteral("/usr/share/fonts/truetype/noto");
    const FontFile latin = locate(QStringLiteral("Noto Sans"), QStringLiteral("fonts-noto-core"),
                                  QStringLiteral("NotoSans-Regular.ttf"), notoDir, m_extraDirs);
    const FontFile devanagari = locate(QStringLiteral("Noto Sans Devanagari"), QStringLiteral("fonts-noto-core"),
                                       QStringLiteral("NotoSansDevanagari-Regular.ttf"), notoDir, m_extraDirs);
    auto cjk = [&](const char* region) {
        return locate(QStringLiteral("Noto Sans CJK %1").arg(QLatin1String(region)), QStringLiteral("fonts-noto-cjk"),
                      QStringLiteral("NotoSansCJK-Regular.ttc"), QStringLiteral("/usr/share/fonts/opentype/noto"),
                      m_extraDirs);
    };
    ResidentFonts fonts;
    if (language == QLatin1String("zh_CN"))
        fonts.faces = {cjk("SC"), latin};
    else if (language == QLatin1String("zh_TW"))
        fonts.faces = {cjk("TC"), latin};
    else if (language == QLatin1String("ko"))
        fonts.faces = {cjk("KR"), latin};
    else if (language == QLatin1String("ne"))
        fonts.faces = {devanagari, latin, m_gothic};
    else if (language.startsWith(QLatin1String("ja")))
        fonts.faces = {m_gothic, latin};
    else
        fonts.faces = {latin, m_gothic};
    return fonts;
}

QString ResidentFonts::missing() const {
    QStringList packages;
    for (const FontFile& f : faces)
        if (!f.installed() && !packages.contains(f.package))
            packages << f.package;
    return packages.join(QLatin1Char(' '));
}

} // namespace madoguchi::print
