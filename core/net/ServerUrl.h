#pragma once

#include "Result.h"

#include <QtCore/QUrl>

// WIRE-PROFILE 1: what a server URL may be, and the authenticated endpoint derived from it.
namespace groove::engine {

// Accepts http/https URLs whose path ends in /gms.dll (no userinfo, query, fragment), and a
// bare host or host:port (normalised to http://host[:port]/gms.dll). Anything else: Usage error.
[[nodiscard]] Result<QUrl> normalizeServerUrl(const QString &input);
// https, same host, the explicit port if any, final gms.dll replaced by AutoActivate/gms.dll.
[[nodiscard]] QUrl deriveAuthenticatedUrl(const QUrl &serverUrl);
[[nodiscard]] bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace groove::engine
