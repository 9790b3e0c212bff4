using System.Collections;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Interop;

/// <summary>
/// How values cross between .NET and JavaScript (on the loop thread only).
/// To JavaScript: null → null; bool; numbers (every primitive numeric type) → number; string and
/// char → string; IDictionary with string keys → a fresh object; other IEnumerable → a fresh
/// array; a delegate → a function that converts its arguments to the delegate's parameter types,
/// calls it on the loop thread and converts its result back (a .NET exception becomes a JS
/// Error with its message); a <see cref="JsObjectRef"/> → the object it wraps.
/// To .NET: undefined and null → null; boolean → bool; number → double; string → string;
/// an array → object?[] (converted item by item); any other object or function → <see cref="JsObjectRef"/>.
/// </summary>
public static class JsMarshal
{
    public static JsValue ToJs(JsRuntime runtime, object? value)
    {
        var realm = runtime.Realm;
        switch (value)
        {
            case null: return JsValue.Null;
            case JsValue js: return js;
            case JsObjectRef reference: return JsValue.FromObject(reference.Object);
            case bool b: return JsValue.FromBoolean(b);
            case string s: return JsValue.FromString(s);
            case char c: return JsValue.FromString(c.ToString());
            case double or float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                return JsValue.FromNumber(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case Delegate callback: return JsValue.FromObject(Callback(runtime, callback));
            case IDictionary dictionary:
            {
                var result = new JsObject(realm.ObjectPrototype);
                foreach (DictionaryEntry entry in dictionary)
                    result.CreateDataProperty(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", ToJs(runtime, entry.Value));
                return JsValue.FromObject(result);
            }
            case IEnumerable items:
            {
                var array = new JsArray(realm.ArrayPrototype);
                foreach (var item in items) array.Push(ToJs(runtime, item));
                return JsValue.FromObject(array);
            }
            default: throw new ArgumentException($"a {value.GetType()} cannot be passed to JavaScript");
        }
    }

    public static object? ToClr(JsRuntime runtime, JsValue value)
    {
        if (value.IsNullOrUndefined) return null;
        if (value.IsBoolean) return value.IsTrue;
        if (value.IsNumber) return value.Number;
        if (value.IsString) return value.String;
        if (value.AsObject is JsArray array)
        {
            var items = new object?[array.Length];
            for (uint i = 0; i < array.Length; i++) items[i] = ToClr(runtime, array.Get(i.ToString()));
            return items;
        }
        // Seam for Promise → Task: once Promise lands, a thenable here becomes a Task completed
        // from the loop thread by its then() callbacks (see JsObjectRef.CallWithCallbackAsync for
        // the Node-style-callback counterpart).
        if (value.AsObject is { } obj) return new JsObjectRef(runtime, obj);
        return value.ToString();
    }

    /// <summary>Converts a JS value to a delegate parameter's type.</summary>
    public static object? ToClr(JsRuntime runtime, JsValue value, Type type)
    {
        if (type == typeof(JsValue)) return value;
        var clr = ToClr(runtime, value);
        if (clr == null || type.IsInstanceOfType(clr)) return clr;
        if (type == typeof(object)) return clr;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (clr is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return Convert.ChangeType(clr, target, System.Globalization.CultureInfo.InvariantCulture);
        if (target.IsArray && clr is object?[] items)
        {
            var element = target.GetElementType()!;
            var typed = Array.CreateInstance(element, items.Length);
            for (int i = 0; i < items.Length; i++) typed.SetValue(items[i] == null ? null : Convert.ChangeType(items[i], element, System.Globalization.CultureInfo.InvariantCulture), i);
            return typed;
        }
        throw new InvalidCastException($"cannot convert a JavaScript {clr.GetType().Name} to {type}");
    }

    static JsNativeFunction Callback(JsRuntime runtime, Delegate callback)
    {
        var parameters = callback.Method.GetParameters();
        return new JsNativeFunction(runtime.Realm, callback.Method.Name, parameters.Length, (_, args) =>
        {
            var values = new object?[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                var arg = i < args.Length ? args[i] : JsValue.Undefined;
                values[i] = arg.IsUndefined && parameters[i].HasDefaultValue ? parameters[i].DefaultValue : ToClr(runtime, arg, parameters[i].ParameterType);
            }
            object? result;
            try
            {
                result = callback.DynamicInvoke(values);
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner and not JsException and not Stdlib.ProcessExit)
            {
                throw new JsException(JsValue.FromObject(new JsError(runtime.Realm.ErrorPrototype, inner.Message)));
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
                throw;
            }
            catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or OverflowException)
            {
                throw new JsException(JsValue.FromObject(new JsError(runtime.Realm.TypeErrorPrototype, e.Message)));
            }
            return callback.Method.ReturnType == typeof(void) ? JsValue.Undefined : ToJs(runtime, result);
        });
    }
}
