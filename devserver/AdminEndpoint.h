#pragma once

#include "devserver/HttpMessage.h"
#include "devserver/ServerState.h"

namespace groove::devserver {

// The administration endpoint of a running server, for tests and trainers:
//   POST /admin/require-reenrollment?account=GUID   (heartbeats then get fault 210)
//   POST /admin/remove-account?account=GUID         (heartbeats then get fault 200)
// Only from a loopback peer and with "Authorization: Bearer TOKEN" (the token of the start-up
// line): 403 otherwise; 404 for an unknown GUID or path, 400 for a missing or malformed GUID,
// 405 for another method, 204 when done.
class AdminEndpoint final
{
public:
    AdminEndpoint(ServerState &state, QByteArray token);

    [[nodiscard]] static bool handles(const HttpRequest &request);
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

private:
    ServerState &m_state;
    QByteArray m_token;
};

} // namespace groove::devserver
