import VideoAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves a job's content to a file through ``VideoAPIClient/download(id:variant:to:)`` (redirects followed
/// without the key, streamed to a temporary file, length-checked, renamed into place), creating the target's
/// folder when missing, and making sure no temporary file of this call is left behind when it fails.
public enum JobDownload {
  /// Downloads `variant` of job `jobID` to `path`.
  public static func save(
    client: VideoAPIClient, jobID: String, variant: ContentVariant = .video, to path: String
  ) async throws(VideoAPIError) -> DownloadResult {
    let folder = POSIXFile.folder(of: path)
    do {
      try POSIXFile.makeFolders(folder, mode: 0o755)
    } catch {
      throw .invalidArgument("cannot create the folder for \(path): \(error)")
    }
    let before = partialFiles(in: folder, for: path)
    do {
      return try await client.download(id: jobID, variant: variant, to: path)
    } catch {
      for leftover in partialFiles(in: folder, for: path).subtracting(before) { unlink(folder + "/" + leftover) }
      throw error
    }
  }

  /// The names of temporary files the client uses for `path` (`.<name>.part-…`) in `folder`.
  static func partialFiles(in folder: String, for path: String) -> Set<String> {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let prefix = "." + name + ".part"
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: Set<String> = []
    while let entry = readdir(directory) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if entryName.hasPrefix(prefix) { names.insert(entryName) }
    }
    return names
  }
}
