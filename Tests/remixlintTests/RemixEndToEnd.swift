import Testing

/// The end-to-end tests of `remix`, `status`, `wait` and `download`: each runs the built binary against an
/// in-process sandbox. They run one at a time, so that spawning processes does not starve other suites'
/// timing-sensitive tests on small machines.
@Suite("remixlint remote commands, end to end", .serialized)
enum RemixEndToEnd {}
