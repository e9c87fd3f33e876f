using System.Runtime.InteropServices;

namespace HopTac.Ingestion.Reading;

/// <summary>What a folder walk needs to know of a path without opening it: its kind and its identity (device and inode).</summary>
internal readonly partial record struct FileStatus(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>
    /// The status of <paramref name="path"/>, of the link itself when <paramref name="followLink"/> is false; null when it
    /// cannot be read (missing, or a folder on its way that cannot be searched). On systems without statx, the kind
    /// comes from .NET's attributes and the identity is the full path.
    /// </summary>
    public static FileStatus? Of(string path, bool followLink)
    {
        if (OperatingSystem.IsLinux())
        {
            // statx has one layout on every Linux architecture, unlike stat; glibc 2.28 and musl 1.2 export it.
            Span<byte> buffer = stackalloc byte[256];
            const int AtFdCwd = -100;
            const int AtSymlinkNoFollow = 0x100;
            const uint StatxBasicStats = 0x7ff;
            try
            {
                if (NativeMethods.Statx(AtFdCwd, path, followLink ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
                {
                    return null;
                }
            }
            catch (EntryPointNotFoundException)
            {
                return Fallback(path, followLink);
            }

            var mode = BitConverter.ToUInt16(buffer[28..]);
            var inode = BitConverter.ToUInt64(buffer[32..]);
            var device = ((ulong)BitConverter.ToUInt32(buffer[136..]) << 32) | BitConverter.ToUInt32(buffer[140..]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
            return new FileStatus(kind, device, inode);
        }

        return Fallback(path, followLink);
    }

    private static FileStatus? Fallback(string path, bool followLink)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        if (!followLink && info.LinkTarget is not null)
        {
            return new FileStatus(FileKind.SymbolicLink, 0, (ulong)StringComparer.Ordinal.GetHashCode(info.FullName));
        }

        var full = followLink && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : info.FullName;
        return new FileStatus(info is DirectoryInfo ? FileKind.Directory : FileKind.Regular, 0, (ulong)StringComparer.Ordinal.GetHashCode(full));
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int Statx(int dirfd, string path, int flags, uint mask, Span<byte> buffer);
    }
}

/// <summary>The kinds of file system entry a walk tells apart.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
