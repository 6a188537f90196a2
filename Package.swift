// swift-tools-version:6.2
import PackageDescription

// Dependency flow (one way): remixlint (CLI) -> RemixKit -> (PromptLint, VideoAPI) -> PCRE2 -> CPCRE2.
// DefaultRules holds the default pack compiled into the binary; the EmbedDefaultRules plugin writes it
// from rules/ at build time with the remixlint-rulegen tool, so the YAML files stay the single source.

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
  name: "remixlint",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "remixlint", targets: ["remixlint"]),
    .executable(name: "remixlint-sandbox", targets: ["remixlint-sandbox"]),
    .library(name: "PCRE2", targets: ["PCRE2"]),
    .library(name: "PromptLint", targets: ["PromptLint"]),
    .library(name: "VideoAPI", targets: ["VideoAPI"]),
    .library(name: "RemixKit", targets: ["RemixKit"]),
    .library(name: "VideoAPISandbox", targets: ["VideoAPISandbox"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
    ),
    .target(name: "PCRE2", dependencies: ["CPCRE2"], swiftSettings: swiftSettings),
    .target(
      name: "PromptLint",
      dependencies: ["PCRE2", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "remixlint-rulegen",
      dependencies: ["PromptLint"],
      path: "Sources/RuleGen",
      swiftSettings: swiftSettings
    ),
    .plugin(
      name: "EmbedDefaultRules",
      capability: .buildTool(),
      dependencies: ["remixlint-rulegen"]
    ),
    .target(
      name: "DefaultRules",
      dependencies: ["PromptLint"],
      swiftSettings: swiftSettings,
      plugins: ["EmbedDefaultRules"]
    ),
    .target(
      name: "VideoAPI",
      dependencies: [
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(name: "RemixKit", dependencies: ["PromptLint", "VideoAPI"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "remixlint",
      dependencies: [
        "PromptLint", "DefaultRules", "RemixKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "VideoAPISandbox",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "remixlint-sandbox",
      dependencies: ["VideoAPISandbox", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Sources/SandboxServer",
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "remixlint-bench",
      dependencies: ["PCRE2", "PromptLint", "DefaultRules"],
      path: "Benchmarks/remixlint-bench",
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"], swiftSettings: swiftSettings),
    .testTarget(name: "PromptLintTests", dependencies: ["PromptLint", "DefaultRules"], swiftSettings: swiftSettings),
    .testTarget(name: "VideoAPITests", dependencies: ["VideoAPI", "VideoAPISandbox"], swiftSettings: swiftSettings),
    .testTarget(
      name: "RemixKitTests", dependencies: ["RemixKit", "VideoAPISandbox", "DefaultRules"], swiftSettings: swiftSettings),
    .testTarget(name: "remixlintTests", dependencies: ["VideoAPISandbox"], swiftSettings: swiftSettings),
  ]
)
