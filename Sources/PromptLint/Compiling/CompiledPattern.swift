import PCRE2
import Synchronization

/// A rule or pack pattern after vocabulary expansion, with where it was written.
///
/// Patterns of packs loaded from YAML are compiled when the pack loads (so errors surface at once).
/// Patterns embedded in the binary arrive precompiled (PCRE2's serialized form, made at build time)
/// and are restored the first time a rule needs them, so a one-prompt run pays only for the patterns
/// it uses; if the serialized form does not fit the PCRE2 library at hand, the pattern is compiled
/// from its text instead. JIT compilation, when the rule set asks for it, happens at the same moment,
/// before any thread can use the pattern.
public final class CompiledPattern: Sendable {
  /// The pattern as written.
  public let spec: PatternSpec
  let ignoreCase: Bool
  private let expand: @Sendable () -> String
  private let jit: Pattern.JITMode
  /// Set (with release ordering) once `stored` holds the pattern; read with acquire ordering, so the
  /// hot path takes no lock.
  private let ready: Atomic<Bool>
  private let lock = Mutex<Void>(())
  nonisolated(unsafe) private var stored: Pattern?

  /// Compiles now (used for packs loaded from files: errors are reported at load time).
  init(spec: PatternSpec, ignoreCase: Bool, compiled: Pattern, expand: @escaping @Sendable () -> String) {
    self.spec = spec
    self.ignoreCase = ignoreCase
    self.expand = expand
    jit = compiled.isJITCompiled ? .attempt : .never
    stored = compiled
    ready = Atomic(true)
  }

  /// Restores lazily from `spec.precompiled` (used for the embedded default pack).
  init(spec: PatternSpec, ignoreCase: Bool, jit: Pattern.JITMode, expand: @escaping @Sendable () -> String) {
    self.spec = spec
    self.ignoreCase = ignoreCase
    self.expand = expand
    self.jit = jit
    stored = nil
    ready = Atomic(false)
  }

  /// The pattern exactly as PCRE2 compiles it: expanded, with `(?i)` in front when it is
  /// case-insensitive (what `remixlint rules patterns` prints).
  public var effectiveText: String { (ignoreCase ? "(?i)" : "") + expand() }

  /// The compiled pattern, restored or compiled on first use.
  var pattern: Pattern {
    if ready.load(ordering: .acquiring), let stored { return stored }
    return lock.withLock { _ in
      if let stored { return stored }
      let made = materialize()
      stored = made
      ready.store(true, ordering: .releasing)
      return made
    }
  }

  /// Restores the pattern now (for rule sets that want everything ready before work starts).
  func prepare() { _ = pattern }

  private func materialize() -> Pattern {
    let options: Pattern.Options = ignoreCase ? .caseInsensitive : []
    let source = expand()
    if let encoded = spec.precompiled, let bytes = Base64.decode(encoded) {
      let restored = bytes.withUnsafeBytes { buffer in
        try? Pattern(serialized: buffer, source: source, options: options, jit: jit)
      }
      if let restored { return restored }
    }
    do {
      return try Pattern(source, options: options, jit: jit)
    } catch {
      // The text compiled when the binary was built; failing now means the linked PCRE2 differs
      // fundamentally. A pattern that can never match keeps the run going.
      return try! Pattern("(*FAIL)")
    }
  }
}
