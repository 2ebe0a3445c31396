// `madoguchi --mode supervisor`: the keys, the worker, the procedure names, and the window.
#include "SupervisorMain.h"

#include "CatalogueSources.h"
#include "DocumentTemplates.h"
#include "Renderer.h"
#include "Settings.h"
#include "SupervisorWindow.h"
#include "UiLogging.h"
#include "privacy/KeyRing.h"
#include "store/StoreLocations.h"
#include "supervisor/SupervisorBackground.h"

#include <QApplication>

namespace madoguchi::ui {

int runSupervisor(const Settings& settings, const QString& language) {
    auto keys = privacy::KeyRing::load(settings);
    if (!keys) {
        qCCritical(lcUi).noquote() << keys.outcome.message << keys.outcome.detail;
        return 1;
    }
    supervisor::SupervisorBackground::Config config;
    config.localPath = settings.localDatabasePath();
    config.centralLocation = store::centralLocation(settings);
    config.keys = &*keys.value;
    config.terminalId = store::terminalId(settings);
    config.signInPolicy = staff::SignInPolicy::fromSettings(settings);
    config.renderer = std::make_shared<print::Renderer>(DocumentTemplates::load(settings));
    config.documentDir = settings.value(QStringLiteral("print/document_dir"));
    auto background = supervisor::SupervisorBackground::start(std::move(config));
    if (!background) {
        qCCritical(lcUi).noquote() << background.outcome.message << background.outcome.detail;
        return 1;
    }
    QHash<QString, QString> names;
    const TerminalCatalogue catalogue = CatalogueSources::load(settings);
    for (const catalogue::Procedure& p : catalogue.load.catalogue.procedures())
        names.insert(p.id, p.name.text(language));
    int code = 0;
    {
        SupervisorWindow window(
            {**background.value, names, language,
             qBound(1, settings.value(QStringLiteral("supervisor/stale_sync_minutes")).toInt(), 1440),
             settings.value(QStringLiteral("office/municipality_code")),
             settings.value(QStringLiteral("office/municipality_name"))});
        window.show();
        code = QApplication::exec();
    }
    (*background.value)->signOut(QStringLiteral("window closed"));
    return code;
}

} // namespace madoguchi::ui
