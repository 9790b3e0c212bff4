using Jsc.Compiler.Ast;
using Jsc.Compiler.Binding;
using Jsc.Runtime.AbstractOps;
using Mono.Cecil.Cil;

namespace Jsc.Compiler.Emit;

sealed partial class FunctionEmitter
{
    // Variables that NumberInference proves always hold numbers live in float64 locals;
    // arithmetic and comparisons between such values are plain IL on doubles (for speed:
    // no JsValue is built until a value leaves the numeric world).

    HashSet<Symbol> _numbers = new(ReferenceEqualityComparer.Instance);

    bool IsNumberSymbol(Symbol? s) => s != null && _numbers.Contains(s);

    /// <summary>Whether an expression can be evaluated straight to a double.</summary>
    bool IsDoubleExpression(Expression e) => e switch
    {
        Literal { Kind: LiteralKind.Number } => true,
        Identifier id => IsNumberSymbol(_m.Binder.Resolve(id)),
        UnaryExpression { Operator: "-" } u => IsDoubleExpression(u.Argument),
        BinaryExpression { IsLogical: false, Operator: "+" or "-" or "*" or "/" or "%" or "&" or "|" or "^" or "<<" or ">>" or ">>>" } b =>
            IsDoubleExpression(b.Left) && IsDoubleExpression(b.Right),
        _ => false,
    };

    /// <summary>Pushes the value of an expression as a double (ToNumber of it when it is not one of the double forms).</summary>
    void EmitDouble(Expression e)
    {
        switch (e)
        {
            case Literal { Kind: LiteralKind.Number } n:
                _il.Emit(OpCodes.Ldc_R8, n.Number);
                return;
            case Identifier id when IsNumberSymbol(_m.Binder.Resolve(id)):
                _il.Emit(OpCodes.Ldloc, LocalOf(_m.Binder.Resolve(id)!));
                return;
            case UnaryExpression { Operator: "-" } u when IsDoubleExpression(u.Argument):
                EmitDouble(u.Argument);
                _il.Emit(OpCodes.Neg);
                return;
            case BinaryExpression b when IsDoubleExpression(b):
                EmitDoubleBinary(b);
                return;
        }
        EmitExpression(e);
        _il.Emit(OpCodes.Call, _rt.Method(typeof(TypeConversion), nameof(TypeConversion.ToNumber), 1));
    }

    void EmitDoubleBinary(BinaryExpression b)
    {
        switch (b.Operator)
        {
            case "+": case "-": case "*": case "/":
                EmitDouble(b.Left);
                EmitDouble(b.Right);
                _il.Emit(b.Operator switch { "+" => OpCodes.Add, "-" => OpCodes.Sub, "*" => OpCodes.Mul, _ => OpCodes.Div });
                return;
            case "%":
                EmitDouble(b.Left);
                EmitDouble(b.Right);
                _il.Emit(OpCodes.Call, _rt.Op(nameof(Operators.Remainder)));
                return;
            case ">>>":
                EmitDouble(b.Left);
                _il.Emit(OpCodes.Call, ToUint32Double);
                EmitShiftCount(b.Right);
                _il.Emit(OpCodes.Shr_Un);
                _il.Emit(OpCodes.Conv_R_Un);
                _il.Emit(OpCodes.Conv_R8);
                return;
            case "<<": case ">>":
                EmitDouble(b.Left);
                _il.Emit(OpCodes.Call, ToInt32Double);
                EmitShiftCount(b.Right);
                _il.Emit(b.Operator == "<<" ? OpCodes.Shl : OpCodes.Shr);
                _il.Emit(OpCodes.Conv_R8);
                return;
            default: // & | ^
                EmitDouble(b.Left);
                _il.Emit(OpCodes.Call, ToInt32Double);
                EmitDouble(b.Right);
                _il.Emit(OpCodes.Call, ToInt32Double);
                _il.Emit(b.Operator switch { "&" => OpCodes.And, "|" => OpCodes.Or, _ => OpCodes.Xor });
                _il.Emit(OpCodes.Conv_R8);
                return;
        }
    }

    void EmitShiftCount(Expression count)
    {
        EmitDouble(count);
        _il.Emit(OpCodes.Call, ToUint32Double);
        _il.Emit(OpCodes.Ldc_I4_S, (sbyte)31);
        _il.Emit(OpCodes.And);
    }

    Mono.Cecil.MethodReference ToInt32Double => _rt.Method(typeof(TypeConversion), nameof(TypeConversion.ToInt32Double));
    Mono.Cecil.MethodReference ToUint32Double => _rt.Method(typeof(TypeConversion), nameof(TypeConversion.ToUint32Double));

    /// <summary>Number-to-number comparisons branch on doubles directly (NaN compares false).</summary>
    bool TryEmitDoubleBranch(BinaryExpression cmp, bool jumpIfTrue, Instruction target)
    {
        if (cmp.Operator is not ("<" or ">" or "<=" or ">=" or "===" or "!==" or "==" or "!=")) return false;
        if (!IsDoubleExpression(cmp.Left) || !IsDoubleExpression(cmp.Right)) return false;
        EmitDouble(cmp.Left);
        EmitDouble(cmp.Right);
        // The "un" forms branch on unordered operands, which is what a false comparison needs for NaN.
        var op = (cmp.Operator, jumpIfTrue) switch
        {
            ("<", true) => OpCodes.Blt, ("<", false) => OpCodes.Bge_Un,
            (">", true) => OpCodes.Bgt, (">", false) => OpCodes.Ble_Un,
            ("<=", true) => OpCodes.Ble, ("<=", false) => OpCodes.Bgt_Un,
            (">=", true) => OpCodes.Bge, (">=", false) => OpCodes.Blt_Un,
            ("===" or "==", true) => OpCodes.Beq, ("===" or "==", false) => OpCodes.Bne_Un,
            (_, true) => OpCodes.Bne_Un, (_, false) => OpCodes.Beq,
        };
        _il.Emit(op, target);
        return true;
    }

    /// <summary>`i++`, `--i` and compound assignment on a number variable.</summary>
    bool TryEmitNumberUpdate(UpdateExpression u)
    {
        if (u.Argument is not Identifier id || !IsNumberSymbol(_m.Binder.Resolve(id))) return false;
        if (_m.Binder.Resolve(id)!.Kind == SymbolKind.Const) return false; // the generic path throws "Assignment to constant variable."
        var local = LocalOf(_m.Binder.Resolve(id)!);
        _il.Emit(OpCodes.Ldloc, local);
        if (!u.Prefix) _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldc_R8, 1.0);
        _il.Emit(u.Operator == "++" ? OpCodes.Add : OpCodes.Sub);
        if (u.Prefix) _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, local);
        _il.Emit(OpCodes.Call, _rt.FromNumber);
        return true;
    }

    bool TryEmitNumberAssignment(AssignmentExpression a)
    {
        if (a.Left is not Identifier id || !IsNumberSymbol(_m.Binder.Resolve(id))) return false;
        if (_m.Binder.Resolve(id)!.Kind == SymbolKind.Const) return false; // the generic path throws "Assignment to constant variable."
        var local = LocalOf(_m.Binder.Resolve(id)!);
        if (a.Operator == "=") EmitDouble(a.Right);
        else if (a.Operator is "+=" or "-=" or "*=" or "/=" or "%=" or "&=" or "|=" or "^=" or "<<=" or ">>=" or ">>>=")
        {
            var op = a.Operator[..^1];
            if (op == "+" && !IsDoubleExpression(a.Right)) return false;
            EmitDoubleBinary(new BinaryExpression { Operator = op, Left = a.Left, Right = a.Right });
        }
        else return false;
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, local);
        _il.Emit(OpCodes.Call, _rt.FromNumber);
        return true;
    }
}
