#pragma once

#include "Result.h"

#include <QtCore/QUrl>

// WIRE-PROFILE 1: what a server URL may be, and the authenticated endpoint derived from it.
namespace groove::engine {

// Accepts http/https URLs whose path ends in /gms.dll (no userinfo, query, fragment), and a
// bare host or host:port (normalised to http://host[:port]/gms.dll). Anything else: Usage error.
[[nodiscard]] Result<QUrl> normalizeServerUrl(const QString &input);
// An explicitly configured authenticated endpoint (--auth-url, policy AuthenticatedServerURL):
// the same rules, written out in full (no bare host). Its scheme is checked later: an http
// endpoint is refused as Insecure by the engine, not as a usage error (WIRE-PROFILE 7.2).
[[nodiscard]] Result<QUrl> normalizeAuthenticatedUrl(const QString &input);
// https, same host, the explicit port if any, final gms.dll replaced by AutoActivate/gms.dll.
[[nodiscard]] QUrl deriveAuthenticatedUrl(const QUrl &serverUrl);
[[nodiscard]] bool sameOrigin(const QUrl &a, const QUrl &b);

// Whether what is sent to 'url' travels unencrypted. For a server URL this means the code can be
// guessed offline from what is sent (its KeyID and MACs), so front ends warn about it.
[[nodiscard]] bool isPlainHttp(const QUrl &url);
// The translated warning a front end shows for a plain-http server URL.
[[nodiscard]] QString plainHttpWarning(const QUrl &serverUrl);

} // namespace groove::engine
