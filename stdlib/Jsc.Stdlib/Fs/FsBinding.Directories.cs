using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

// Directories: mkdir (and mkdir -p), readdir with entry types, rmdir, rm -r, mkdtemp.
public static partial class FsBinding
{
    const int ENOENT = 2, EEXIST = 17, ENOTDIR = 20, EISDIR = 21;

    static void DefineDirectoryMethods(JsObject binding, Realm realm)
    {
        binding.DefineMethods(realm,
            new BuiltinMethod("mkdir", 4, (_, a) =>
            {
                string path = Str(a, 0);
                uint mode = Uint(a, 1);
                bool recursive = a.Arg(2).IsTrue;
                return Run(realm, a.Arg(3), () => recursive ? MakeDirectories(path, mode) : MakeDirectory(path, mode),
                    static (_, first) => first == null ? JsValue.Undefined : first);
            }),
            new BuiltinMethod("readdir", 3, (_, a) =>
            {
                string path = Str(a, 0);
                bool withTypes = a.Arg(1).IsTrue;
                return Run(realm, a.Arg(2), () => ReadDirectory(path, withTypes), (r, entries) =>
                {
                    var names = Strings(r, entries.Select(e => e.Name));
                    if (!withTypes) return names;
                    var types = new JsArray(r.ArrayPrototype);
                    foreach (var e in entries) types.Push(e.Type);
                    return JsValue.FromObject(new JsArray(r.ArrayPrototype, [names, JsValue.FromObject(types)]));
                });
            }),
            new BuiltinMethod("rmdir", 2, (_, a) => { string p = Str(a, 0); return Run(realm, a.Arg(1), () => PosixFs.Rmdir(p)); }),
            new BuiltinMethod("rm", 4, (_, a) =>
            {
                string path = Str(a, 0);
                bool recursive = a.Arg(1).IsTrue, force = a.Arg(2).IsTrue;
                return Run(realm, a.Arg(3), () => Remove(path, recursive, force));
            }),
            new BuiltinMethod("mkdtemp", 2, (_, a) =>
            {
                string prefix = Str(a, 0);
                return Run(realm, a.Arg(1), () => PosixFs.MakeTempDirectory(prefix), static (_, p) => p);
            }));
    }

    static string? MakeDirectory(string path, uint mode)
    {
        int errno = PosixFs.TryMkdir(path, mode);
        if (errno != 0) throw new FsError(errno, "mkdir", path);
        return null;
    }

    /// <summary>mkdir -p: creates the missing ancestors too; returns the first directory it created, or null.</summary>
    static string? MakeDirectories(string path, uint mode)
    {
        // Lexical, as libuv's mkdirp: `a/./b/..` creates a, a/b, then looks at a/b/.. again.
        string full = path.Length > 1 ? path.TrimEnd('/') : path;
        var missing = new Stack<string>();
        string? created = null;
        for (string? dir = full; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            int errno = PosixFs.TryMkdir(dir, mode);
            if (errno == 0)
            {
                created = dir;
                break;
            }
            if (errno == ENOENT) { missing.Push(dir); continue; }
            if (errno == EEXIST)
            {
                if (PosixFs.TryLStat(dir, out var stat) && IsDirectory(dir, stat))
                {
                    if (dir == full) return null;
                    break;
                }
                throw new FsError(dir == full ? EEXIST : ENOTDIR, "mkdir", path);
            }
            throw new FsError(errno, "mkdir", path);
        }
        string? first = created ?? (missing.Count > 0 ? missing.Peek() : null);
        while (missing.Count > 0)
        {
            string dir = missing.Pop();
            int errno = PosixFs.TryMkdir(dir, mode);
            if (errno != 0 && errno != EEXIST) throw new FsError(errno, "mkdir", path);
        }
        return first;
    }

    static bool IsDirectory(string path, PosixFs.Statx stat) =>
        (stat.Mode & 0xF000) == 0x4000 || ((stat.Mode & 0xF000) == 0xA000 && Directory.Exists(path));

    /// <summary>Entry names and their UV_DIRENT_* types (an unknown d_type is settled with lstat, as node does).</summary>
    static List<(string Name, int Type)> ReadDirectory(string path, bool withTypes)
    {
        var entries = PosixFs.ReadDirectory(path);
        var result = new List<(string, int)>(entries.Count);
        foreach (var (name, type) in entries)
        {
            int kind = type switch { 8 => 1, 4 => 2, 10 => 3, 1 => 4, 12 => 5, 2 => 6, 6 => 7, _ => 0 };
            if (kind == 0 && withTypes && PosixFs.TryLStat(path + "/" + name, out var stat)) kind = KindOf(stat.Mode);
            result.Add((name, kind));
        }
        return result;
    }

    static int KindOf(int mode) => (mode & 0xF000) switch
    {
        0x8000 => 1, 0x4000 => 2, 0xA000 => 3, 0x1000 => 4, 0xC000 => 5, 0x2000 => 6, 0x6000 => 7, _ => 0,
    };

    /// <summary>rm / rm -r (rimraf): files and links are unlinked, directories emptied then removed.</summary>
    static void Remove(string path, bool recursive, bool force)
    {
        if (!PosixFs.TryLStat(path, out var stat))
        {
            if (force) return;
            PosixFs.LStat(path);
        }
        if ((stat.Mode & 0xF000) != 0x4000)
        {
            try { PosixFs.Unlink(path); }
            catch (FsError e) when (force && e.Errno == ENOENT) { }
            return;
        }
        if (!recursive) throw new FsError(EISDIR, "rm", path);
        foreach (var (name, _) in PosixFs.ReadDirectory(path)) Remove(path + "/" + name, true, force);
        try { PosixFs.Rmdir(path); }
        catch (FsError e) when (force && e.Errno == ENOENT) { }
    }
}
