import VideoAPISandbox

/// The `--help` text that documents faults, endpoints and control requests.
enum SandboxHelp {
  static var discussion: String {
    let faultLines = FaultKind.allCases.map { kind in
      "  \(kind.rawValue) [\(kind.defaultEndpoint.rawValue)]\n      \(kind.summary)"
    }
    return """
      Seeded videos: video_completed, video_queued, video_in_progress, video_failed (moderation_blocked), \
      video_expired, video_canceled. Remix jobs go queued -> in_progress -> completed.

      Faults: --fault NAME[:ENDPOINT[:COUNT[:BODY]]], ENDPOINT one of any, retrieve, list, remix, content, \
      storage (default in brackets), COUNT the number of requests it applies to (default: always), BODY json or \
      html to send an error status as a JSON envelope or an HTML page instead of the default.
      \(faultLines.joined(separator: "\n"))

      Control endpoints on the API port (no key needed, not recorded):
        GET    /__sandbox/requests  the request log as JSON (method, path, query,
                                    headers, body, endpoint, fault, status)
        DELETE /__sandbox/requests  clear the log
        POST   /__sandbox/reset     restore seeds and start-up faults, clear log
        GET    /__sandbox/faults    the active faults
        POST   /__sandbox/faults    replace them, e.g. ["drop:remix:1"] or
                                    {"faults": [{"name": "slow", "count": 2,
                                    "endpoint": "retrieve", "delaySeconds": 1}]}
        DELETE /__sandbox/faults    clear them
        GET    /__sandbox/jobs      every job
        GET    /__sandbox/health    {"ok": true, "port": ..., "storagePort": ...}

      The first line on stdout is 'sandbox listening on http://HOST:PORT (storage http://HOST:PORT2)'. \
      SIGINT or SIGTERM stops the sandbox.
      """
  }
}
