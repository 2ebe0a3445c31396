// Congestion for the city's website (outbound only): per group the waiting count, the estimated wait and the
// numbers now being called, as queue.json and a small static index.html. Nothing in it ties a ticket to a person.
#pragma once

#include "Outcome.h"

#include <QJsonObject>
#include <QString>

namespace madoguchi::queue {

class TicketQueue;

// The publication's content: {"generated_at", "groups": [{"id", "name": {"ja", "en"}, "waiting",
// "estimated_minutes", "calling": ["A-012", …]}]}.
Result<QJsonObject> congestion(const TicketQueue& queue);
// Writes DIR/queue.json and DIR/index.html (each replaced atomically, so the web server never serves half a file).
Outcome publish(const TicketQueue& queue, const QString& directory);

} // namespace madoguchi::queue
