// A stand-in for the GCE metadata server on loopback, so our gateway's Vertex AI mode (project + Application Default
// Credentials via google-auth-library) gets an access token without leaving the machine. The gateway process is
// started with GCE_METADATA_HOST pointing here and METADATA_SERVER_DETECTION=assume-present.
import { createServer } from "node:http";

export async function startFakeMetadataServer() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const headers = { "metadata-flavor": "Google" };
    if (path.endsWith("/service-accounts/default/token")) {
      res.writeHead(200, { ...headers, "content-type": "application/json" });
      res.end(JSON.stringify({ access_token: "probe-access-token", expires_in: 3600, token_type: "Bearer" }));
    } else if (path.endsWith("/project/project-id")) {
      res.writeHead(200, { ...headers, "content-type": "text/plain" });
      res.end("probe-project");
    } else {
      res.writeHead(200, { ...headers, "content-type": "text/plain" });
      res.end("");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { host: `127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
