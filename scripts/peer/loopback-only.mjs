// Preloaded into the Portkey gateway process (`node --import`): its start script calls `serve({ port })` without a
// hostname, which would listen on every interface. This forces a host-less `listen` onto 127.0.0.1 so the peer
// comparison never opens a port beyond loopback.
import net from "node:net";

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackListen(...args) {
  const [first] = args;
  if (typeof first === "number" || typeof first === "string") {
    if (args[1] === undefined || args[1] === null) args[1] = "127.0.0.1";
    else if (typeof args[1] !== "string") args.splice(1, 0, "127.0.0.1");
  } else if (first !== null && typeof first === "object" && !("path" in first) && first.host === undefined) {
    args[0] = { ...first, host: "127.0.0.1" };
  }
  return listen.apply(this, args);
};
