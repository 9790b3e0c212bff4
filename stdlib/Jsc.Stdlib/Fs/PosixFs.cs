using System.Runtime.InteropServices;

namespace Jsc.Stdlib.Fs;

/// <summary>
/// The POSIX system calls fs is made of, called directly (as libuv does) so that flags, modes,
/// descriptors and errno are exactly node's: .NET's FileStream and File APIs hide fds, take
/// advisory locks and fold errnos into a few exception types. Each wrapper throws
/// <see cref="FsError"/> with the errno and the syscall name node reports.
/// Linux only for now (statx and dirent64 layouts); fs is not installed on other systems.
/// </summary>
static unsafe partial class PosixFs
{
    const string Libc = "libc";
    public const int AtFdCwd = -100;
    const int AtSymlinkNoFollow = 0x100;
    const int AtEmptyPath = 0x1000;
    const uint StatxBasicStatsAndBirthTime = 0xFFF;

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open_(string path, int flags, int mode);
    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)] private static partial int close_(int fd);
    [LibraryImport(Libc, EntryPoint = "read", SetLastError = true)] private static partial nint read_(int fd, byte* buffer, nint count);
    [LibraryImport(Libc, EntryPoint = "pread64", SetLastError = true)] private static partial nint pread_(int fd, byte* buffer, nint count, long offset);
    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)] private static partial nint write_(int fd, byte* buffer, nint count);
    [LibraryImport(Libc, EntryPoint = "pwrite64", SetLastError = true)] private static partial nint pwrite_(int fd, byte* buffer, nint count, long offset);
    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx_(int dirfd, string path, int flags, uint mask, out Statx buffer);
    [LibraryImport(Libc, EntryPoint = "fsync", SetLastError = true)] private static partial int fsync_(int fd);
    [LibraryImport(Libc, EntryPoint = "fdatasync", SetLastError = true)] private static partial int fdatasync_(int fd);
    [LibraryImport(Libc, EntryPoint = "ftruncate64", SetLastError = true)] private static partial int ftruncate_(int fd, long length);
    [LibraryImport(Libc, EntryPoint = "chmod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int chmod_(string path, uint mode);
    [LibraryImport(Libc, EntryPoint = "fchmod", SetLastError = true)] private static partial int fchmod_(int fd, uint mode);
    [LibraryImport(Libc, EntryPoint = "fchmodat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int fchmodat_(int dirfd, string path, uint mode, int flags);
    [LibraryImport(Libc, EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int chown_(string path, uint uid, uint gid);
    [LibraryImport(Libc, EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int lchown_(string path, uint uid, uint gid);
    [LibraryImport(Libc, EntryPoint = "fchown", SetLastError = true)] private static partial int fchown_(int fd, uint uid, uint gid);
    [LibraryImport(Libc, EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int link_(string target, string path);
    [LibraryImport(Libc, EntryPoint = "symlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int symlink_(string target, string path);
    [LibraryImport(Libc, EntryPoint = "readlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial nint readlink_(string path, byte* buffer, nint size);
    [LibraryImport(Libc, EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int rename_(string from, string to);
    [LibraryImport(Libc, EntryPoint = "unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int unlink_(string path);
    [LibraryImport(Libc, EntryPoint = "rmdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int rmdir_(string path);
    [LibraryImport(Libc, EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int mkdir_(string path, uint mode);
    [LibraryImport(Libc, EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int access_(string path, int mode);
    [LibraryImport(Libc, EntryPoint = "utimensat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int utimensat_(int dirfd, string path, Timespec* times, int flags);
    [LibraryImport(Libc, EntryPoint = "futimens", SetLastError = true)] private static partial int futimens_(int fd, Timespec* times);
    [LibraryImport(Libc, EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial nint realpath_(string path, nint resolved);
    [LibraryImport(Libc, EntryPoint = "free")] private static partial void free_(nint pointer);
    [LibraryImport(Libc, EntryPoint = "mkdtemp", SetLastError = true)] private static partial byte* mkdtemp_(byte* template);
    [LibraryImport(Libc, EntryPoint = "opendir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial nint opendir_(string path);
    [LibraryImport(Libc, EntryPoint = "readdir64", SetLastError = true)] private static partial byte* readdir_(nint dir);
    [LibraryImport(Libc, EntryPoint = "closedir", SetLastError = true)] private static partial int closedir_(nint dir);

    /// <summary>struct statx (linux/stat.h): the same layout on every architecture, which struct stat is not.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    public struct Statx
    {
        public uint Mask, BlockSize;
        public ulong Attributes;
        public uint Nlink, Uid, Gid;
        public ushort Mode, Spare0;
        public ulong Ino, Size, Blocks, AttributesMask;
        public StatxTime Atime, Btime, Ctime, Mtime;
        public uint RdevMajor, RdevMinor, DevMajor, DevMinor;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct StatxTime
    {
        public long Seconds;
        public uint Nanoseconds;
        public int Reserved;

        /// <summary>Milliseconds as node's Stats give them: sec * 1e3 + nsec / 1e6.</summary>
        public readonly double Milliseconds => Seconds * 1e3 + Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct Timespec
    {
        public long Seconds, Nanoseconds;
    }

    static int Check(int result, string syscall, string? path = null, string? dest = null) =>
        result < 0 ? throw new FsError(Marshal.GetLastPInvokeError(), syscall, path, dest) : result;

    static long Check(nint result, string syscall) =>
        result < 0 ? throw new FsError(Marshal.GetLastPInvokeError(), syscall) : result;

    public static int Open(string path, int flags, int mode)
    {
        const int OCloexec = 0x80000;
        return Check(open_(path, flags | OCloexec, mode), "open", path);
    }

    public static void Close(int fd) => Check(close_(fd), "close");

    /// <summary>read(2), or pread(2) when <paramref name="position"/> is not negative.</summary>
    public static int Read(int fd, Span<byte> into, long position)
    {
        fixed (byte* p = into)
        {
            nint n;
            do n = position < 0 ? read_(fd, p, into.Length) : pread_(fd, p, into.Length, position);
            while (n < 0 && Marshal.GetLastPInvokeError() == 4); // EINTR
            return (int)Check(n, "read");
        }
    }

    public static int Write(int fd, ReadOnlySpan<byte> from, long position)
    {
        fixed (byte* p = from)
        {
            nint n;
            do n = position < 0 ? write_(fd, p, from.Length) : pwrite_(fd, p, from.Length, position);
            while (n < 0 && Marshal.GetLastPInvokeError() == 4);
            return (int)Check(n, "write");
        }
    }

    /// <summary>Writes all of <paramref name="from"/>, as node's writeFile loops until done.</summary>
    public static void WriteAll(int fd, ReadOnlySpan<byte> from, long position)
    {
        while (from.Length > 0)
        {
            int n = Write(fd, from, position);
            from = from[n..];
            if (position >= 0) position += n;
        }
    }

    public static Statx Stat(string path) => StatAt(AtFdCwd, path, 0, "stat");
    public static Statx LStat(string path) => StatAt(AtFdCwd, path, AtSymlinkNoFollow, "lstat");
    public static Statx FStat(int fd) => StatAt(fd, "", AtEmptyPath, "fstat");

    static Statx StatAt(int dirfd, string path, int flags, string syscall)
    {
        Check(statx_(dirfd, path, flags, StatxBasicStatsAndBirthTime, out var buffer), syscall, flags == AtEmptyPath ? null : path);
        return buffer;
    }

    /// <summary>Whether <paramref name="path"/> exists without following a final symlink (no error object made).</summary>
    public static bool TryLStat(string path, out Statx buffer) =>
        statx_(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStatsAndBirthTime, out buffer) == 0;

    public static void Fsync(int fd) => Check(fsync_(fd), "fsync");
    public static void Fdatasync(int fd) => Check(fdatasync_(fd), "fdatasync");
    public static void Ftruncate(int fd, long length) => Check(ftruncate_(fd, length), "ftruncate");
    public static void Chmod(string path, uint mode) => Check(chmod_(path, mode), "chmod", path);
    public static void Fchmod(int fd, uint mode) => Check(fchmod_(fd, mode), "fchmod");
    /// <summary>lchmod(2) as Linux offers it: fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW); a symbolic link itself gives EOPNOTSUPP.</summary>
    public static void Lchmod(string path, uint mode) => Check(fchmodat_(-100, path, mode, 0x100), "lchmod", path);
    public static void Chown(string path, uint uid, uint gid) => Check(chown_(path, uid, gid), "chown", path);
    public static void Lchown(string path, uint uid, uint gid) => Check(lchown_(path, uid, gid), "lchown", path);
    public static void Fchown(int fd, uint uid, uint gid) => Check(fchown_(fd, uid, gid), "fchown");
    public static void Link(string target, string path) => Check(link_(target, path), "link", target, path);
    public static void Symlink(string target, string path) => Check(symlink_(target, path), "symlink", target, path);
    public static void Rename(string from, string to) => Check(rename_(from, to), "rename", from, to);
    public static void Unlink(string path) => Check(unlink_(path), "unlink", path);
    public static void Rmdir(string path) => Check(rmdir_(path), "rmdir", path);
    public static void Access(string path, int mode) => Check(access_(path, mode), "access", path);

    /// <summary>mkdir(2); returns the errno instead of throwing (recursive mkdir decides by it), 0 on success.</summary>
    public static int TryMkdir(string path, uint mode) => mkdir_(path, mode) == 0 ? 0 : Marshal.GetLastPInvokeError();

    public static string ReadLink(string path)
    {
        var buffer = new byte[4096];
        fixed (byte* p = buffer)
        {
            nint n = readlink_(path, p, buffer.Length);
            if (n < 0) throw new FsError(Marshal.GetLastPInvokeError(), "readlink", path);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n);
        }
    }

    /// <summary>utimensat/futimens with times in seconds (fractions kept to the nanosecond).</summary>
    public static void Utimes(string? path, int fd, double atime, double mtime, bool noFollow)
    {
        var times = stackalloc Timespec[2];
        times[0] = ToTimespec(atime);
        times[1] = ToTimespec(mtime);
        if (path == null) Check(futimens_(fd, times), "futime");
        else Check(utimensat_(AtFdCwd, path, times, noFollow ? AtSymlinkNoFollow : 0), noFollow ? "lutime" : "utime", path);
    }

    /// <summary>uv__fs_to_timespec: nanoseconds truncated, then cut to microseconds (libuv keeps all platforms alike).</summary>
    static Timespec ToTimespec(double seconds)
    {
        long whole = (long)seconds;
        long nanoseconds = (long)((seconds - whole) * 1e9);
        nanoseconds -= nanoseconds % 1000;
        if (nanoseconds < 0)
        {
            nanoseconds += 1_000_000_000;
            whole--;
        }
        return new Timespec { Seconds = whole, Nanoseconds = nanoseconds };
    }

    /// <summary>realpath(3); null with the errno when it fails.</summary>
    public static string? RealPath(string path, out int errno)
    {
        nint resolved = realpath_(path, 0);
        errno = resolved == 0 ? Marshal.GetLastPInvokeError() : 0;
        if (resolved == 0) return null;
        try { return Marshal.PtrToStringUTF8(resolved)!; }
        finally { free_(resolved); }
    }

    public static string MakeTempDirectory(string prefix)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(prefix + "XXXXXX\0");
        fixed (byte* p = bytes)
        {
            if (mkdtemp_(p) == null) throw new FsError(Marshal.GetLastPInvokeError(), "mkdtemp", prefix + "XXXXXX");
            return System.Text.Encoding.UTF8.GetString(bytes, 0, bytes.Length - 1);
        }
    }

    /// <summary>The entries of a directory (without . and ..) with their dirent d_type, sorted bytewise as libuv's scandir sorts them.</summary>
    public static List<(string Name, byte Type)> ReadDirectory(string path)
    {
        nint dir = opendir_(path);
        if (dir == 0) throw new FsError(Marshal.GetLastPInvokeError(), "scandir", path);
        var entries = new List<(byte[] Raw, byte Type)>();
        try
        {
            // struct dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
            for (byte* entry; (entry = readdir_(dir)) != null;)
            {
                var name = new ReadOnlySpan<byte>(entry + 19, int.MaxValue);
                name = name[..name.IndexOf((byte)0)];
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8)) continue;
                entries.Add((name.ToArray(), entry[18]));
            }
        }
        finally
        {
            closedir_(dir);
        }
        entries.Sort((a, b) => a.Raw.AsSpan().SequenceCompareTo(b.Raw));
        return entries.ConvertAll(e => (System.Text.Encoding.UTF8.GetString(e.Raw), e.Type));
    }
}

/// <summary>A failed system call: errno and what node's error message names (syscall, path, dest).</summary>
sealed class FsError(int errno, string syscall, string? path = null, string? dest = null) : Exception(syscall)
{
    public readonly int Errno = errno;
    public readonly string Syscall = syscall;
    public readonly string? Path = path;
    public readonly string? Dest = dest;

    /// <summary>The same failure reported for another call or path (realpath reports lstat, copyfile both paths).</summary>
    public FsError With(string syscall, string? path, string? dest = null) => new(Errno, syscall, path, dest);

    /// <summary>Node's Error object for this failure; call on the loop thread.</summary>
    public Runtime.Errors.JsException ToJs() => SystemErrors.Make(SystemErrors.CodeOfErrno(Errno), Syscall, Path, Dest);
}
