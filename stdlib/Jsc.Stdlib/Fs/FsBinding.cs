using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

/// <summary>
/// `internal/fs`: the system side of the fs module (https://nodejs.org/docs/v0.8.16/api/fs.html),
/// which lib/fs.js wraps the way node's lib/fs.js wraps its C++ binding. The JavaScript side
/// validates arguments and shapes results (Stats, Dirent, streams, watchers); every binding
/// function here takes already-checked values plus, last, an optional callback:
/// without one it runs at once and throws node's system error; with one it runs on the thread
/// pool and the callback gets (err) or (null, result) on the event loop.
/// A promise API would be one more kind of last argument handled by <see cref="Run{T}"/>.
/// </summary>
public static partial class FsBinding
{
    public static void Install(Realm realm)
    {
        if (!OperatingSystem.IsLinux()) return;
        ModuleLoader.CoreModules.TryAdd("internal/fs", r => JsValue.FromObject(Create(r)));
    }

    static JsObject Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        DefineFileMethods(binding, realm);
        DefinePathMethods(binding, realm);
        DefineDirectoryMethods(binding, realm);
        binding.DefineMethods(realm,
            new BuiltinMethod("describe", 1, (_, a) => NodeErrors.DescribeReceived(a.Arg(0))),
            new BuiltinMethod("inspect", 1, (_, a) => Inspector.Inspect(a.Arg(0))),
            new BuiltinMethod("watch", 4, (_, a) => FsWatchers.Start(realm, a)));
        return binding;
    }

    /// <summary>
    /// Runs <paramref name="work"/> now (no callback: returns its result as JS or throws node's
    /// error) or on the thread pool, posting callback(err) / callback(null, result) to the loop.
    /// Arguments must already be .NET values: JavaScript only runs on the loop thread.
    /// </summary>
    static JsValue Run<T>(Realm realm, JsValue callback, Func<T> work, Func<Realm, T, JsValue> toJs)
    {
        if (callback.AsObject is not JsFunction function)
        {
            T result;
            try { result = work(); }
            catch (FsError e) { throw e.ToJs(); }
            return toJs(realm, result);
        }
        var loop = realm.EventLoop;
        loop.AddRef();
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            T result = default!;
            FsError? error = null;
            try { result = work(); }
            catch (FsError e) { error = e; }
            catch (Exception e) { error = new FsError(ErrnoOf(e), "uv"); }
            loop.Post(() =>
            {
                if (error != null) function.Call(JsValue.Undefined, [error.ToJs().Value]);
                else function.Call(JsValue.Undefined, [JsValue.Null, toJs(realm, result)]);
            });
            loop.Release();
        }, null);
        return JsValue.Undefined;
    }

    static JsValue Run(Realm realm, JsValue callback, Action work) =>
        Run(realm, callback, () => { work(); return true; }, static (_, _) => JsValue.Undefined);

    static int ErrnoOf(Exception e) => -SystemErrors.ErrnoOf(SystemErrors.CodeOf(e));

    static string Str(ReadOnlySpan<JsValue> a, int i) => TypeConversion.ToString(a.Arg(i));
    static int Int(ReadOnlySpan<JsValue> a, int i) => TypeConversion.ToInt32(a.Arg(i));
    static uint Uint(ReadOnlySpan<JsValue> a, int i) => TypeConversion.ToUint32(a.Arg(i));

    /// <summary>A position argument: a number, or -1 (null/undefined) for the fd's current position.</summary>
    static long Position(ReadOnlySpan<JsValue> a, int i) =>
        a.Arg(i).IsNumber && a.Arg(i).Number >= 0 ? (long)a.Arg(i).Number : -1;

    static JsValue Strings(Realm realm, IEnumerable<string> items)
    {
        var array = new JsArray(realm.ArrayPrototype);
        foreach (var item in items) array.Push(item);
        return JsValue.FromObject(array);
    }
}
