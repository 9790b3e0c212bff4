using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

// Descriptors and file contents: open/close, read/write at a position, whole-file reads and
// writes (one binding call each, so readFileSync is one trip into C#), copyFile, and the
// f*-calls that act on an open descriptor.
public static partial class FsBinding
{
    const int ORdonly = 0, OWronly = 1, OCreat = 0x40, OExcl = 0x80, OTrunc = 0x200;

    static void DefineFileMethods(JsObject binding, Realm realm)
    {
        binding.DefineMethods(realm,
            new BuiltinMethod("open", 4, (_, a) =>
            {
                string path = Str(a, 0);
                int flags = Int(a, 1), mode = Int(a, 2);
                return Run(realm, a.Arg(3), () => PosixFs.Open(path, flags, mode), static (_, fd) => fd);
            }),
            new BuiltinMethod("close", 2, (_, a) =>
            {
                int fd = Int(a, 0);
                return Run(realm, a.Arg(1), () => PosixFs.Close(fd));
            }),
            new BuiltinMethod("read", 6, (_, a) => Transfer(realm, a, PosixFs.Read)),
            new BuiltinMethod("writeBuffer", 6, (_, a) => Transfer(realm, a, (fd, span, position) => PosixFs.Write(fd, span, position))),
            new BuiltinMethod("writeString", 5, (_, a) =>
            {
                int fd = Int(a, 0);
                var bytes = FsBytes.Encode(Str(a, 1), Str(a, 3));
                long position = Position(a, 2);
                return Run(realm, a.Arg(4), () => PosixFs.Write(fd, bytes, position), static (_, n) => n);
            }),
            new BuiltinMethod("readFile", 4, (_, a) =>
            {
                var file = a.Arg(0);
                string? path = file.IsNumber ? null : Str(a, 0);
                int fd = file.IsNumber ? Int(a, 0) : -1, flags = Int(a, 1);
                string? encoding = a.Arg(2).IsString ? a.Arg(2).String : null;
                return Run(realm, a.Arg(3), () => ReadWholeFile(path, fd, flags),
                    (r, data) => encoding == null ? FsBytes.ToBuffer(r, data.Bytes, data.Count) : FsBytes.Decode(data.Bytes, 0, data.Count, encoding));
            }),
            new BuiltinMethod("writeFile", 6, (_, a) =>
            {
                var file = a.Arg(0);
                string? path = file.IsNumber ? null : Str(a, 0);
                int fd = file.IsNumber ? Int(a, 0) : -1, flags = Int(a, 3), mode = Int(a, 4);
                ArraySegment<byte> data;
                if (a.Arg(1).IsString) data = FsBytes.Encode(a.Arg(1).String, Str(a, 2));
                else if (!FsBytes.TryGetBytes(a.Arg(1), out data)) throw NodeErrors.InvalidArgType("data", "of type string or an instance of Buffer, TypedArray, or DataView", a.Arg(1));
                return Run(realm, a.Arg(5), () => WriteWholeFile(path, fd, data, flags, mode));
            }),
            new BuiltinMethod("copyFile", 4, (_, a) =>
            {
                string from = Str(a, 0), to = Str(a, 1);
                bool exclusive = (Int(a, 2) & 1) != 0;
                return Run(realm, a.Arg(3), () => CopyFile(from, to, exclusive));
            }),
            new BuiltinMethod("fstat", 2, (_, a) =>
            {
                int fd = Int(a, 0);
                return Run(realm, a.Arg(1), () => PosixFs.FStat(fd), StatsArray);
            }),
            new BuiltinMethod("fsync", 2, (_, a) => { int fd = Int(a, 0); return Run(realm, a.Arg(1), () => PosixFs.Fsync(fd)); }),
            new BuiltinMethod("fdatasync", 2, (_, a) => { int fd = Int(a, 0); return Run(realm, a.Arg(1), () => PosixFs.Fdatasync(fd)); }),
            new BuiltinMethod("ftruncate", 3, (_, a) =>
            {
                int fd = Int(a, 0);
                long length = (long)a.Arg(1).Number;
                return Run(realm, a.Arg(2), () => PosixFs.Ftruncate(fd, length));
            }),
            new BuiltinMethod("fchmod", 3, (_, a) =>
            {
                int fd = Int(a, 0);
                uint mode = Uint(a, 1);
                return Run(realm, a.Arg(2), () => PosixFs.Fchmod(fd, mode));
            }),
            new BuiltinMethod("fchown", 4, (_, a) =>
            {
                int fd = Int(a, 0);
                uint uid = Uint(a, 1), gid = Uint(a, 2);
                return Run(realm, a.Arg(3), () => PosixFs.Fchown(fd, uid, gid));
            }),
            new BuiltinMethod("futimes", 4, (_, a) =>
            {
                int fd = Int(a, 0);
                double atime = a.Arg(1).Number, mtime = a.Arg(2).Number;
                return Run(realm, a.Arg(3), () => PosixFs.Utimes(null, fd, atime, mtime, false));
            }));
    }

    delegate int SpanTransfer(int fd, Span<byte> bytes, long position);

    /// <summary>read / writeBuffer (fd, buffer, offset, length, position, callback): bytes moved between a buffer's view and the fd.</summary>
    static JsValue Transfer(Realm realm, ReadOnlySpan<JsValue> a, SpanTransfer transfer)
    {
        int fd = Int(a, 0);
        if (!FsBytes.TryGetBytes(a.Arg(1), out var view)) throw NodeErrors.InvalidArgType("buffer", "an instance of Buffer, TypedArray, or DataView", a.Arg(1));
        int offset = Int(a, 2), length = Int(a, 3);
        long position = Position(a, 4);
        return Run(realm, a.Arg(5), () => transfer(fd, view.AsSpan(offset, length), position), static (_, n) => n);
    }

    /// <summary>A whole file, from a path (opened with <paramref name="flags"/>) or from an fd's current position.</summary>
    static (byte[] Bytes, int Count) ReadWholeFile(string? path, int fd, int flags)
    {
        bool own = path != null;
        if (own) fd = PosixFs.Open(path!, flags, 0x1B6);
        try
        {
            var stat = PosixFs.FStat(fd);
            long size = (stat.Mode & 0xF000) == 0x8000 ? (long)stat.Size : 0;
            var bytes = new byte[size > 0 ? size + 1 : 8192];
            int count = 0;
            while (true)
            {
                if (count == bytes.Length) Array.Resize(ref bytes, bytes.Length * 2);
                int n = PosixFs.Read(fd, bytes.AsSpan(count), -1);
                if (n == 0) break;
                count += n;
            }
            return (bytes, count);
        }
        finally
        {
            if (own) PosixFs.Close(fd);
        }
    }

    static void WriteWholeFile(string? path, int fd, ArraySegment<byte> data, int flags, int mode)
    {
        bool own = path != null;
        const int OAppend = 0x400;
        if (own) fd = PosixFs.Open(path!, flags, mode);
        try
        {
            PosixFs.WriteAll(fd, data, own && (flags & OAppend) == 0 ? 0 : -1);
        }
        finally
        {
            if (own) PosixFs.Close(fd);
        }
    }

    /// <summary>uv_fs_copyfile: same file is a no-op; the copy gets the source's mode. Errors name both paths.</summary>
    static void CopyFile(string from, string to, bool exclusive)
    {
        int source = -1, target = -1;
        try
        {
            source = PosixFs.Open(from, ORdonly, 0);
            var sourceStat = PosixFs.FStat(source);
            target = PosixFs.Open(to, OWronly | OCreat | (exclusive ? OExcl : 0), sourceStat.Mode & 0xFFF);
            var targetStat = PosixFs.FStat(target);
            if (sourceStat.Ino == targetStat.Ino && sourceStat.DevMajor == targetStat.DevMajor && sourceStat.DevMinor == targetStat.DevMinor) return;
            PosixFs.Ftruncate(target, 0);
            PosixFs.Fchmod(target, (uint)(sourceStat.Mode & 0xFFF));
            var buffer = new byte[64 * 1024];
            for (int n; (n = PosixFs.Read(source, buffer, -1)) > 0;) PosixFs.WriteAll(target, buffer.AsSpan(0, n), -1);
        }
        catch (FsError e)
        {
            throw e.With("copyfile", from, to);
        }
        finally
        {
            if (target >= 0) PosixFs.Close(target);
            if (source >= 0) PosixFs.Close(source);
        }
    }
}
