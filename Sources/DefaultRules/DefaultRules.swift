import PromptLint

/// The default rule pack, compiled into the binary from the package's `rules/` folder at build time
/// (by the `EmbedDefaultRules` plugin), so a copied `remixlint` needs no files beside it.
public enum DefaultRules {
  /// The default pack, pre-parsed.
  public static var pack: PackSpec { EmbeddedRules.pack }
}
