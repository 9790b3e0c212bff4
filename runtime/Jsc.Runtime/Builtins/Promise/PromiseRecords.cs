using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A PromiseReaction pair (https://tc39.es/ecma262/#sec-promisereaction-records): the fulfil
/// and reject handlers one `then` registers, with the capability of the promise it returned.
/// PerformPromiseThen always adds both at once, so one record stands for the two.
/// </summary>
internal sealed class PromiseReaction(PromiseCapability? capability, JsValue onFulfilled, JsValue onRejected,
    Action<JsValue>? nativeFulfilled = null, Action<JsValue>? nativeRejected = null)
{
    /// <summary>https://tc39.es/ecma262/#sec-newpromisereactionjob</summary>
    public Action Job(JsPromise.PromiseState state, JsValue argument) => () => Run(state == JsPromise.PromiseState.Fulfilled, argument);

    void Run(bool fulfilled, JsValue argument)
    {
        if (nativeFulfilled != null)
        {
            (fulfilled ? nativeFulfilled : nativeRejected!)(argument);
            return;
        }
        var handler = fulfilled ? onFulfilled : onRejected;
        JsValue result;
        bool threw;
        if (handler.Ref is JsFunction f)
        {
            try
            {
                result = f.Call(JsValue.Undefined, [argument]);
                threw = false;
            }
            catch (JsException e)
            {
                result = e.Value;
                threw = true;
            }
        }
        else
        {
            result = argument;
            threw = !fulfilled;
        }
        if (capability == null) return;
        if (threw) capability.Reject(result);
        else capability.Resolve(result);
    }
}

/// <summary>
/// A PromiseCapability record (https://tc39.es/ecma262/#sec-promisecapability-records). For
/// %Promise% itself the resolving functions stay internal (the promise's own "already
/// resolved" flag) and become function objects only if JavaScript needs them, which no code
/// can tell apart from the spec's NewPromiseCapability.
/// </summary>
public sealed class PromiseCapability
{
    public readonly JsObject Promise;
    JsFunction? _resolve, _reject;
    readonly JsPromise? _intrinsic;

    PromiseCapability(JsPromise intrinsic)
    {
        Promise = intrinsic;
        _intrinsic = intrinsic;
    }

    PromiseCapability(JsObject promise, JsFunction resolve, JsFunction reject)
    {
        Promise = promise;
        _resolve = resolve;
        _reject = reject;
    }

    /// <summary>https://tc39.es/ecma262/#sec-newpromisecapability</summary>
    public static PromiseCapability New(JsValue c)
    {
        var intrinsics = PromiseIntrinsics.Of(Realm.Current);
        if (ReferenceEquals(c.Ref, intrinsics.Constructor)) return new PromiseCapability(new JsPromise(intrinsics.Prototype));
        if (c.Ref is not JsFunction { IsConstructor: true } constructor)
            return Throw.TypeError<PromiseCapability>($"{Inspect.Brief(c)} is not a constructor");
        JsValue resolve = default, reject = default;
        var executor = new JsNativeFunction(Realm.Current, "", 2, (_, args) =>
        {
            if (!resolve.IsUndefined || !reject.IsUndefined)
                Throw.TypeError("Promise executor has already been invoked with non-undefined arguments");
            resolve = args.Arg(0);
            reject = args.Arg(1);
            return JsValue.Undefined;
        });
        var promise = constructor.Construct([JsValue.FromObject(executor)], constructor);
        if (resolve.Ref is not JsFunction resolveFn || reject.Ref is not JsFunction rejectFn)
            return Throw.TypeError<PromiseCapability>("Promise resolve or reject function is not callable");
        return new PromiseCapability(promise.Object, resolveFn, rejectFn);
    }

    public void Resolve(JsValue value)
    {
        if (_intrinsic == null)
        {
            _resolve!.Call(JsValue.Undefined, [value]);
            return;
        }
        if (_intrinsic.InternallyResolved) return;
        _intrinsic.InternallyResolved = true;
        _intrinsic.ResolveWith(value);
    }

    public void Reject(JsValue reason)
    {
        if (_intrinsic == null)
        {
            _reject!.Call(JsValue.Undefined, [reason]);
            return;
        }
        if (_intrinsic.InternallyResolved) return;
        _intrinsic.InternallyResolved = true;
        _intrinsic.Reject(reason);
    }

    /// <summary>[[Reject]] as a function object (Promise.all and friends pass it to `then`).</summary>
    public JsFunction RejectFunction => _reject ??= new JsNativeFunction(Realm.Current, "", 1, (_, args) =>
    {
        Reject(args.Arg(0));
        return JsValue.Undefined;
    });

    /// <summary>[[Resolve]] as a function object.</summary>
    public JsFunction ResolveFunction => _resolve ??= new JsNativeFunction(Realm.Current, "", 1, (_, args) =>
    {
        Resolve(args.Arg(0));
        return JsValue.Undefined;
    });
}

/// <summary>https://tc39.es/ecma262/#sec-createresolvingfunctions</summary>
internal static class PromiseResolvingFunctions
{
    sealed class AlreadyResolved
    {
        public bool Value;
    }

    public static (JsFunction Resolve, JsFunction Reject) Create(JsPromise promise)
    {
        var realm = Realm.Current;
        var alreadyResolved = new AlreadyResolved();
        var resolve = new JsNativeFunction(realm, "", 1, (_, args) =>
        {
            if (alreadyResolved.Value) return JsValue.Undefined;
            alreadyResolved.Value = true;
            promise.ResolveWith(args.Arg(0));
            return JsValue.Undefined;
        });
        var reject = new JsNativeFunction(realm, "", 1, (_, args) =>
        {
            if (alreadyResolved.Value) return JsValue.Undefined;
            alreadyResolved.Value = true;
            promise.Reject(args.Arg(0));
            return JsValue.Undefined;
        });
        return (resolve, reject);
    }
}
