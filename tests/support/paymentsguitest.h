#pragma once

#include "auth/session.h"

#include <QJsonArray>
#include <QString>

namespace dp {
class AppContext;
}

namespace dp::ui {
class PaymentsTab;
}

// Helpers shared by the Payments tab's GUI tests.
namespace dp::test {

// DEALERPAY_PSEUDO_TR=1 (longer strings for the screenshots) changes every translated word.
bool pseudoTranslated();

// A signed-in session of the demo workspace's user with this role.
Session demoUser(AppContext& ctx, Role role);

// GET /v1/test_helpers/sms/messages: every text message the sandbox's SMS gateway received.
QJsonArray smsLog(AppContext& ctx);

// Waits until the tab's sync is idle.
bool waitForSync(ui::PaymentsTab* tab);
// Clicks "Sync now" and waits for that run; true when it succeeded.
bool syncNow(ui::PaymentsTab* tab);

// Renders the first page of a PDF with `pdftoppm -png -r 60` into `dir`/<name>.png (and a copy into
// $DEALERPAY_SCREENSHOT_DIR); returns the PNG's path, empty when pdftoppm is not installed.
QString renderPdf(const QString& pdf, const QString& dir, const QString& name);

// The newest event cursor SyncService stored (UTC seconds), and a rewind of cursors that point to the future (see
// TestGuiPaymentsFlow::eventCursorsAreNotInTheFuture).
qint64 latestEventCursor(AppContext& ctx);
int rewindFutureEventCursors(AppContext& ctx);

} // namespace dp::test
