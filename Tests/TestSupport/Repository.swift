import ClaimDiffKit
import Foundation

/// Paths in the repository and in the shared folder beside it, for tests.
public enum Repository {
  /// The repository's root, found from this file's place in Tests/TestSupport/.
  public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  public static func fixture(_ slug: String, _ name: String) -> String {
    root.appendingPathComponent("Fixtures").appendingPathComponent(slug).appendingPathComponent(name).path
  }

  /// `../shared` beside the repository, when it is there; tests that need it skip without it.
  public static var shared: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The built `claimdiff` executable beside the test bundle.
  public static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("claimdiff")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/claimdiff")
  }

  /// A fresh temporary folder.
  public static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdiff-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
