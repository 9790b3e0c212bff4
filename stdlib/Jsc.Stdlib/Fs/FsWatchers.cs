using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

/// <summary>
/// The handle behind fs.watch (https://nodejs.org/docs/v0.8.16/api/fs.html#fs_fs_watch_filename_options_listener):
/// a FileSystemWatcher on the directory (or on a file through its directory and a name
/// filter) whose events are posted to the loop as node's (eventType, filename) pairs:
/// 'rename' when an entry appears, disappears or moves, 'change' when its data or attributes
/// change. A persistent watcher keeps the loop alive until it is closed or unref'd.
/// </summary>
static class FsWatchers
{
    /// <summary>binding.watch(path, recursive, persistent, onchange): the handle, with close/ref/unref.</summary>
    public static JsValue Start(Realm realm, ReadOnlySpan<JsValue> a)
    {
        string path = TypeConversion.ToString(a.Arg(0));
        bool recursive = a.Arg(1).IsTrue, persistent = a.Arg(2).IsTrue;
        var onchange = a.Arg(3);
        PosixFs.Statx stat;
        try { stat = PosixFs.Stat(path); }
        catch (FsError e) { throw e.With("watch", path).ToJs(); }
        bool isDirectory = (stat.Mode & 0xF000) == 0x4000 || Directory.Exists(path);
        FileSystemWatcher watcher;
        try
        {
            watcher = isDirectory
                ? new FileSystemWatcher(path) { IncludeSubdirectories = recursive }
                : new FileSystemWatcher(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path));
        }
        catch (ArgumentException)
        {
            throw SystemErrors.Make("ENOENT", "watch", path);
        }
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite |
            NotifyFilters.Size | NotifyFilters.Attributes | NotifyFilters.CreationTime;
        var handle = new Handle(realm.EventLoop, watcher, persistent);
        void Emit(string type, string? name) => handle.Post(() =>
            ObjectOperations.CallFunction(onchange, JsValue.Undefined, type, name == null ? JsValue.Null : JsValue.FromString(name)));
        watcher.Created += (_, e) => Emit("rename", e.Name);
        watcher.Deleted += (_, e) => Emit("rename", e.Name);
        watcher.Changed += (_, e) => Emit("change", e.Name);
        watcher.Renamed += (_, e) =>
        {
            Emit("rename", e.OldName);
            Emit("rename", e.Name);
        };
        watcher.EnableRaisingEvents = true;

        var result = new JsObject(realm.ObjectPrototype);
        result.DefineMethods(realm,
            new BuiltinMethod("close", 0, (_, _) => { handle.Close(); return JsValue.Undefined; }),
            new BuiltinMethod("ref", 0, (_, _) => { handle.SetRef(true); return JsValue.Undefined; }),
            new BuiltinMethod("unref", 0, (_, _) => { handle.SetRef(false); return JsValue.Undefined; }));
        return JsValue.FromObject(result);
    }

    sealed class Handle
    {
        readonly Runtime.Loop.EventLoop _loop;
        readonly FileSystemWatcher _watcher;
        bool _refed, _closed;

        public Handle(Runtime.Loop.EventLoop loop, FileSystemWatcher watcher, bool refed)
        {
            _loop = loop;
            _watcher = watcher;
            if (refed) SetRef(true);
        }

        /// <summary>Queues an event for the loop; events that arrive after close are dropped there.</summary>
        public void Post(Action emit) => _loop.Post(() =>
        {
            if (!_closed) emit();
        });

        public void SetRef(bool refed)
        {
            if (_closed || refed == _refed) return;
            _refed = refed;
            if (refed) _loop.AddRef();
            else _loop.Release();
        }

        public void Close()
        {
            if (_closed) return;
            SetRef(false);
            _closed = true;
            _watcher.EnableRaisingEvents = false;
            _watcher.Dispose();
        }
    }
}
