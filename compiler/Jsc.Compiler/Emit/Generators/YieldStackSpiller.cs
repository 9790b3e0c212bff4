using Mono.Cecil;
using Mono.Cecil.Cil;

using MethodDefinition = Mono.Cecil.MethodDefinition;

namespace Jsc.Compiler.Emit;

/// <summary>
/// A `yield` inside an expression (`f(a, yield b)`) suspends while the evaluation stack
/// still holds operands, but a method can only return, and a resume can only jump in,
/// with an empty stack. The emitter writes each suspension as a pair of instructions:
/// <c>Start</c> (stores the operand, the stack below it is the enclosing expression's) and
/// <c>Join</c> (a label after which the result is pushed). This pass computes the stack
/// below each Start by walking the method's IL (types only), then stores those values
/// into locals before Start and reloads them after Join. Locals survive the suspension
/// because the generator saves every local. A managed pointer to a local (an argument
/// buffer's `ldloca`) is not stored: it is taken again on reload.
/// </summary>
static class YieldStackSpiller
{
    /// <summary>One stack slot: its type, and for a managed pointer the `ldloca` that made it.</summary>
    readonly record struct Slot(TypeReference Type, Instruction? Address);

    public static void Spill(MethodDefinition method, List<(Instruction Start, Instruction Join)> sites, Func<TypeReference, VariableDefinition> newLocal)
    {
        var starts = sites.ToDictionary(s => s.Start, s => s.Join);
        var stacks = Analyze(method, starts);
        var il = method.Body.GetILProcessor();
        foreach (var (start, join) in sites)
        {
            if (!stacks.TryGetValue(start, out var stack) || stack.Length <= 1) continue;
            // The operand on top stays; the slots below it are the enclosing expression's.
            var operand = newLocal(stack[^1].Type);
            var spills = new VariableDefinition?[stack.Length - 1];
            var before = new List<Instruction> { il.Create(OpCodes.Stloc, operand) };
            for (int i = stack.Length - 2; i >= 0; i--)
            {
                if (stack[i].Address != null) { before.Add(il.Create(OpCodes.Pop)); continue; }
                if (stack[i].Type.IsByReference || stack[i].Type.Name.StartsWith("ReadOnlySpan", StringComparison.Ordinal))
                    throw new NotSupportedException("yield with a " + stack[i].Type.Name + " on the stack");
                spills[i] = newLocal(stack[i].Type);
                before.Add(il.Create(OpCodes.Stloc, spills[i]!));
            }
            before.Add(il.Create(OpCodes.Ldloc, operand));
            foreach (var ins in before) il.InsertBefore(start, ins);
            var at = join;
            for (int i = 0; i < stack.Length - 1; i++)
            {
                var reload = stack[i].Address is { } address
                    ? il.Create(OpCodes.Ldloca, (VariableDefinition)address.Operand)
                    : il.Create(OpCodes.Ldloc, spills[i]!);
                il.InsertAfter(at, reload);
                at = reload;
            }
        }
    }

    /// <summary>The stack before each reachable instruction (bottom first), by a worklist over the control flow.</summary>
    static Dictionary<Instruction, Slot[]> Analyze(MethodDefinition method, Dictionary<Instruction, Instruction> suspensions)
    {
        var body = method.Body;
        var states = new Dictionary<Instruction, Slot[]>();
        var work = new Stack<Instruction>();
        // A suspension's own code (resumed with an empty stack) reaches its join too; only the path around it counts.
        var joins = suspensions.Values.ToHashSet();
        void Flow(Instruction target, Slot[] stack, bool around = false)
        {
            if (joins.Contains(target) && !around) return;
            if (states.TryAdd(target, stack)) work.Push(target);
        }
        Flow(body.Instructions[0], []);
        foreach (var h in body.ExceptionHandlers) Flow(h.HandlerStart, [new Slot(h.CatchType, null)]);
        while (work.Count > 0)
        {
            var ins = work.Pop();
            var stack = new List<Slot>(states[ins]);
            if (suspensions.TryGetValue(ins, out var join))
            {
                // The suspension's own code runs on an empty stack; the expression goes on at the join.
                stack.RemoveAt(stack.Count - 1);
                Flow(join, stack.ToArray(), around: true);
                continue;
            }
            if (!Step(method, ins, stack)) continue;
            var after = stack.ToArray();
            switch (ins.OpCode.FlowControl)
            {
                case FlowControl.Branch:
                    Flow((Instruction)ins.Operand, ins.OpCode.Code is Code.Leave or Code.Leave_S ? [] : after);
                    continue;
                case FlowControl.Cond_Branch:
                    if (ins.Operand is Instruction[] targets) foreach (var t in targets) Flow(t, after);
                    else Flow((Instruction)ins.Operand, after);
                    break;
                case FlowControl.Return or FlowControl.Throw:
                    continue;
            }
            if (ins.Next != null) Flow(ins.Next, after);
        }
        return states;
    }

    /// <summary>Applies one instruction's stack effect; false for instructions after which control does not fall through.</summary>
    static bool Step(MethodDefinition method, Instruction ins, List<Slot> stack)
    {
        var module = method.Module;
        void Pop(int n) => stack.RemoveRange(stack.Count - n, n);
        void Push(TypeReference t) => stack.Add(new Slot(t, null));
        switch (ins.OpCode.Code)
        {
            case Code.Nop: case Code.Br: case Code.Br_S: case Code.Leave: case Code.Leave_S: break;
            case Code.Ret: case Code.Throw: return false;
            case Code.Ldarg_0: Push(method.Parameters[0].ParameterType); break;
            case Code.Ldarg_1: Push(method.Parameters[1].ParameterType); break;
            case Code.Ldarg_2: Push(method.Parameters[2].ParameterType); break;
            case Code.Ldarg_3: Push(method.Parameters[3].ParameterType); break;
            case Code.Ldloc: case Code.Ldloc_S: Push(((VariableDefinition)ins.Operand).VariableType); break;
            case Code.Ldloca: case Code.Ldloca_S:
                stack.Add(new Slot(new ByReferenceType(((VariableDefinition)ins.Operand).VariableType), ins));
                break;
            case Code.Stloc: case Code.Stloc_S: case Code.Pop: case Code.Stsfld:
            case Code.Brtrue: case Code.Brtrue_S: case Code.Brfalse: case Code.Brfalse_S: case Code.Switch:
                Pop(1);
                break;
            case Code.Stfld:
            case Code.Beq: case Code.Beq_S: case Code.Bne_Un: case Code.Bne_Un_S:
            case Code.Blt: case Code.Blt_S: case Code.Blt_Un: case Code.Blt_Un_S: case Code.Ble: case Code.Ble_S: case Code.Ble_Un: case Code.Ble_Un_S:
            case Code.Bgt: case Code.Bgt_S: case Code.Bgt_Un: case Code.Bgt_Un_S: case Code.Bge: case Code.Bge_S: case Code.Bge_Un: case Code.Bge_Un_S:
                Pop(2);
                break;
            case Code.Stelem_Any: Pop(3); break;
            case Code.Ldsfld: Push(((FieldReference)ins.Operand).FieldType); break;
            case Code.Ldfld: Pop(1); Push(((FieldReference)ins.Operand).FieldType); break;
            case Code.Ldc_I4: case Code.Ldc_I4_S: case Code.Ldc_I4_0: case Code.Ldc_I4_1: case Code.Ldc_I4_2: case Code.Ldc_I4_3:
            case Code.Ldc_I4_4: case Code.Ldc_I4_5: case Code.Ldc_I4_6: case Code.Ldc_I4_7: case Code.Ldc_I4_8: case Code.Ldc_I4_M1:
                Push(module.TypeSystem.Int32);
                break;
            case Code.Ldc_R8: Push(module.TypeSystem.Double); break;
            case Code.Ldstr: Push(module.TypeSystem.String); break;
            case Code.Ldnull: Push(module.TypeSystem.Object); break;
            case Code.Ldftn: Push(module.TypeSystem.IntPtr); break;
            case Code.Dup: stack.Add(stack[^1]); break;
            case Code.Ceq: case Code.Cgt: case Code.Cgt_Un: case Code.Clt: case Code.Clt_Un: Pop(2); Push(module.TypeSystem.Int32); break;
            case Code.Add: case Code.Sub: case Code.Mul: case Code.Div: case Code.Rem: case Code.And: case Code.Or: case Code.Xor:
            case Code.Shl: case Code.Shr: case Code.Shr_Un: case Code.Div_Un: case Code.Rem_Un:
                Pop(1);
                break;
            case Code.Neg: case Code.Not: break;
            case Code.Conv_R8: case Code.Conv_R_Un: Pop(1); Push(module.TypeSystem.Double); break;
            case Code.Conv_I4: case Code.Conv_U4: Pop(1); Push(module.TypeSystem.Int32); break;
            case Code.Conv_I8: case Code.Conv_U8: Pop(1); Push(module.TypeSystem.Int64); break;
            case Code.Castclass: case Code.Isinst: Pop(1); Push((TypeReference)ins.Operand); break;
            case Code.Newarr: Pop(1); Push(new ArrayType((TypeReference)ins.Operand)); break;
            case Code.Ldelem_Any: Pop(2); Push((TypeReference)ins.Operand); break;
            case Code.Call: case Code.Callvirt: case Code.Newobj:
            {
                var m = (MethodReference)ins.Operand;
                Pop(m.Parameters.Count + (m.HasThis && ins.OpCode.Code != Code.Newobj ? 1 : 0));
                if (ins.OpCode.Code == Code.Newobj) Push(m.DeclaringType);
                else if (m.ReturnType.MetadataType != MetadataType.Void) Push(m.ReturnType);
                break;
            }
            default: throw new NotSupportedException("stack analysis of " + ins.OpCode);
        }
        return true;
    }
}
