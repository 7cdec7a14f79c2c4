import Foundation
import Testing
import TestSupport

/// `claimdiff clean --out`: one pair of outputs per input, never one overwriting another.
@Suite struct CleanIDTests {
  @Test func filesSharingANameKeepTheirOwnOutputs() throws {
    let folder = Repository.temporaryFolder()
    var inputs: [String] = []
    for (name, sentence) in [
      ("first", "The council approved the budget on Monday after a long debate."),
      ("second", "The mayor resigned on Tuesday after a short meeting with the council."),
    ] {
      let sub = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      let file = sub.appendingPathComponent("en.txt")
      try sentence.write(to: file, atomically: true, encoding: .utf8)
      inputs.append(file.path)
    }
    let out = folder.appendingPathComponent("out")
    let result = try ProcessRunner.run(["clean"] + inputs + ["--out", out.path])
    #expect(result.status == 0)
    #expect(try String(contentsOf: out.appendingPathComponent("first-en.txt"), encoding: .utf8).contains("budget"))
    #expect(try String(contentsOf: out.appendingPathComponent("second-en.txt"), encoding: .utf8).contains("mayor"))
  }
}
