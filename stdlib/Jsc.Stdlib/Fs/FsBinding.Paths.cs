using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

// Calls on a path: stat/lstat, permissions and owners, links, rename/unlink, access, utimes,
// realpath.
public static partial class FsBinding
{
    static void DefinePathMethods(JsObject binding, Realm realm)
    {
        binding.DefineMethods(realm,
            new BuiltinMethod("stat", 2, (_, a) => { string p = Str(a, 0); return Run(realm, a.Arg(1), () => PosixFs.Stat(p), StatsArray); }),
            new BuiltinMethod("lstat", 2, (_, a) => { string p = Str(a, 0); return Run(realm, a.Arg(1), () => PosixFs.LStat(p), StatsArray); }),
            new BuiltinMethod("chmod", 3, (_, a) =>
            {
                string path = Str(a, 0);
                uint mode = Uint(a, 1);
                return Run(realm, a.Arg(2), () => PosixFs.Chmod(path, mode));
            }),
            new BuiltinMethod("lchmod", 3, (_, a) =>
            {
                string path = Str(a, 0);
                uint mode = Uint(a, 1);
                return Run(realm, a.Arg(2), () => PosixFs.Lchmod(path, mode));
            }),
            new BuiltinMethod("chown", 4, (_, a) =>
            {
                string path = Str(a, 0);
                uint uid = Uint(a, 1), gid = Uint(a, 2);
                return Run(realm, a.Arg(3), () => PosixFs.Chown(path, uid, gid));
            }),
            new BuiltinMethod("lchown", 4, (_, a) =>
            {
                string path = Str(a, 0);
                uint uid = Uint(a, 1), gid = Uint(a, 2);
                return Run(realm, a.Arg(3), () => PosixFs.Lchown(path, uid, gid));
            }),
            new BuiltinMethod("link", 3, (_, a) => { string t = Str(a, 0), p = Str(a, 1); return Run(realm, a.Arg(2), () => PosixFs.Link(t, p)); }),
            new BuiltinMethod("symlink", 3, (_, a) => { string t = Str(a, 0), p = Str(a, 1); return Run(realm, a.Arg(2), () => PosixFs.Symlink(t, p)); }),
            new BuiltinMethod("readlink", 2, (_, a) => { string p = Str(a, 0); return Run(realm, a.Arg(1), () => PosixFs.ReadLink(p), static (_, s) => s); }),
            new BuiltinMethod("rename", 3, (_, a) => { string f = Str(a, 0), t = Str(a, 1); return Run(realm, a.Arg(2), () => PosixFs.Rename(f, t)); }),
            new BuiltinMethod("unlink", 2, (_, a) => { string p = Str(a, 0); return Run(realm, a.Arg(1), () => PosixFs.Unlink(p)); }),
            new BuiltinMethod("access", 3, (_, a) =>
            {
                string path = Str(a, 0);
                int mode = Int(a, 1);
                return Run(realm, a.Arg(2), () => PosixFs.Access(path, mode));
            }),
            new BuiltinMethod("utimes", 5, (_, a) =>
            {
                string path = Str(a, 0);
                double atime = a.Arg(1).Number, mtime = a.Arg(2).Number;
                bool noFollow = a.Arg(3).IsTrue;
                return Run(realm, a.Arg(4), () => PosixFs.Utimes(path, -1, atime, mtime, noFollow));
            }),
            new BuiltinMethod("realpath", 3, (_, a) =>
            {
                string path = Str(a, 0);
                bool native = a.Arg(1).IsTrue;
                return Run(realm, a.Arg(2), () => RealPath(path, native), static (_, s) => s);
            }));
    }

    /// <summary>
    /// The values of an fs.Stats, in the constructor's order: dev, mode, nlink, uid, gid, rdev,
    /// blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
    /// </summary>
    static JsValue StatsArray(Realm realm, PosixFs.Statx s) => JsValue.FromObject(new JsArray(realm.ArrayPrototype,
    [
        MakeDevice(s.DevMajor, s.DevMinor), s.Mode, s.Nlink, s.Uid, s.Gid, MakeDevice(s.RdevMajor, s.RdevMinor),
        s.BlockSize, s.Ino, s.Size, s.Blocks,
        s.Atime.Milliseconds, s.Mtime.Milliseconds, s.Ctime.Milliseconds, s.Btime.Milliseconds,
    ]));

    /// <summary>glibc's makedev: the dev_t that stat(2) would have given.</summary>
    static double MakeDevice(uint major, uint minor) =>
        ((ulong)(major & 0xFFFFF000) << 32) | ((ulong)(major & 0xFFF) << 8) | ((ulong)(minor & 0xFFFFFF00) << 12) | (minor & 0xFF);

    /// <summary>
    /// realpath(3). Node's fs.realpath walks the path with lstat/stat and so reports the first
    /// component that fails by that call (`lstat '/a/missing'`); realpath.native reports realpath.
    /// </summary>
    static string RealPath(string path, bool native)
    {
        if (PosixFs.RealPath(path, out int errno) is { } resolved) return resolved;
        if (native) throw new FsError(errno, "realpath", path);
        string current = "/";
        foreach (var part in Path.GetFullPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string next = current == "/" ? "/" + part : current + "/" + part;
            var stat = PosixFs.LStat(next);
            if ((stat.Mode & 0xF000) != 0xA000) { current = next; continue; }
            PosixFs.Stat(next);
            current = PosixFs.RealPath(next, out errno) ?? throw new FsError(errno, "realpath", path);
        }
        throw new FsError(errno, "realpath", path);
    }
}
