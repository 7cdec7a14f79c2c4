// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "claimdiff",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "claimdiff", targets: ["claimdiff"]),
    .library(name: "ClaimDiffKit", targets: ["ClaimDiffKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(name: "Core", swiftSettings: strict),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "Ingest", dependencies: ["Core", "CLibXML2"], swiftSettings: strict),
    .target(name: "CShims"),
    .target(name: "Glossary", dependencies: ["Core", "CShims"], swiftSettings: strict),
    .target(name: "Claims", dependencies: ["Core", "Ingest", "Glossary"], swiftSettings: strict),
    .target(name: "Align", dependencies: ["Core", "Claims", "Glossary"], swiftSettings: strict),
    .target(name: "Diff", dependencies: ["Core", "Align", "Claims", "Glossary"], swiftSettings: strict),
    .target(name: "Report", dependencies: ["Core", "Diff", "Align", "Claims", "Ingest", "Glossary"], swiftSettings: strict),
    .target(
      name: "ClaimDiffKit",
      dependencies: [
        "Core", "Ingest", "Claims", "Glossary", "Align", "Diff", "Report", .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strict),
    .executableTarget(
      name: "claimdiff",
      dependencies: ["ClaimDiffKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: strict),
    .executableTarget(name: "claimdiff-bench", dependencies: ["ClaimDiffKit", "CLibXML2"], swiftSettings: strict),
    .target(name: "TestSupport", dependencies: ["ClaimDiffKit"], path: "Tests/TestSupport", swiftSettings: strict),
    .testTarget(name: "IngestTests", dependencies: ["Ingest", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Glossary", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "GlossaryTests", dependencies: ["Glossary", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "AlignTests", dependencies: ["Align", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "DiffTests", dependencies: ["Diff", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "ReportTests", dependencies: ["Report", "CLibXML2", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "ClaimDiffKitTests", dependencies: ["ClaimDiffKit", "Claims", "Glossary", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "EndToEndTests", dependencies: ["ClaimDiffKit", "TestSupport", "claimdiff"], swiftSettings: strict),
  ]
)
