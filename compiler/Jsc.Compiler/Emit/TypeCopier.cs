using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Jsc.Compiler.Emit;

/// <summary>
/// Copies a compiled module's type (its nested environment and generator types, fields,
/// methods, IL, exception handlers, custom attributes and sequence points) from the assembly it
/// was compiled into to another module, under a new name: the incremental build's cache holds
/// each module as a small assembly of its own, and the app's assembly takes a copy. References
/// to the copied types and members are mapped to the copies; every other reference (the
/// runtime, the framework) is imported into the target as is.
/// </summary>
sealed class TypeCopier(ModuleDefinition target)
{
    readonly Dictionary<TypeDefinition, TypeDefinition> _types = new();
    readonly Dictionary<FieldDefinition, FieldDefinition> _fields = new();
    readonly Dictionary<MethodDefinition, MethodDefinition> _methods = new();
    readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a copy of <paramref name="source"/> (a top-level type of an assembly read from disk or
    /// bytes, whose sequence points name IL offsets) to the target as <paramref name="ns"/>.<paramref name="name"/>.
    /// </summary>
    public TypeDefinition Copy(TypeDefinition source, string ns, string name)
    {
        var copy = DeclareType(source, ns, name);
        target.Types.Add(copy);
        foreach (var (from, to) in _types.ToList()) DeclareMembers(from, to);
        foreach (var (from, to) in _methods) CopyBody(from, to);
        return copy;
    }

    TypeDefinition DeclareType(TypeDefinition source, string ns, string name)
    {
        var copy = new TypeDefinition(ns, name, source.Attributes);
        _types[source] = copy;
        foreach (var nested in source.NestedTypes) copy.NestedTypes.Add(DeclareType(nested, nested.Namespace, nested.Name));
        return copy;
    }

    void DeclareMembers(TypeDefinition from, TypeDefinition to)
    {
        to.BaseType = Import(from.BaseType);
        foreach (var i in from.Interfaces) to.Interfaces.Add(new InterfaceImplementation(Import(i.InterfaceType)));
        CopyAttributes(from.CustomAttributes, to.CustomAttributes);
        foreach (var field in from.Fields)
        {
            var copy = new FieldDefinition(field.Name, field.Attributes, Import(field.FieldType));
            if (field.HasConstant) copy.Constant = field.Constant;
            CopyAttributes(field.CustomAttributes, copy.CustomAttributes);
            to.Fields.Add(copy);
            _fields[field] = copy;
        }
        foreach (var method in from.Methods)
        {
            var copy = new MethodDefinition(method.Name, method.Attributes, Import(method.ReturnType)) { ImplAttributes = method.ImplAttributes };
            foreach (var p in method.Parameters) copy.Parameters.Add(new ParameterDefinition(p.Name, p.Attributes, Import(p.ParameterType)));
            CopyAttributes(method.CustomAttributes, copy.CustomAttributes);
            to.Methods.Add(copy);
            _methods[method] = copy;
        }
    }

    void CopyAttributes(IEnumerable<CustomAttribute> from, ICollection<CustomAttribute> to)
    {
        foreach (var attribute in from)
        {
            var copy = new CustomAttribute(Import(attribute.Constructor));
            foreach (var a in attribute.ConstructorArguments) copy.ConstructorArguments.Add(new CustomAttributeArgument(Import(a.Type), a.Value));
            to.Add(copy);
        }
    }

    void CopyBody(MethodDefinition from, MethodDefinition to)
    {
        if (!from.HasBody) return;
        var body = to.Body;
        body.InitLocals = from.Body.InitLocals;
        body.MaxStackSize = from.Body.MaxStackSize;
        var variables = new Dictionary<VariableDefinition, VariableDefinition>();
        foreach (var v in from.Body.Variables)
        {
            var copy = new VariableDefinition(Import(v.VariableType));
            body.Variables.Add(copy);
            variables[v] = copy;
        }
        var instructions = new Dictionary<Instruction, Instruction>();
        foreach (var i in from.Body.Instructions)
        {
            var copy = Instruction.Create(OpCodes.Nop);
            copy.OpCode = i.OpCode;
            instructions[i] = copy;
        }
        foreach (var i in from.Body.Instructions)
        {
            instructions[i].Operand = i.Operand switch
            {
                Instruction jump => instructions[jump],
                Instruction[] cases => cases.Select(c => instructions[c]).ToArray(),
                VariableDefinition v => variables[v],
                ParameterDefinition p => p.Index < 0 ? body.ThisParameter : to.Parameters[p.Index],
                TypeReference t => Import(t),
                FieldReference f => Import(f),
                MethodReference m => Import(m),
                CallSite => throw new NotSupportedException("calli is not emitted for modules"),
                var other => other,
            };
            body.Instructions.Add(instructions[i]);
        }
        foreach (var h in from.Body.ExceptionHandlers)
            body.ExceptionHandlers.Add(new ExceptionHandler(h.HandlerType)
            {
                TryStart = Map(h.TryStart), TryEnd = Map(h.TryEnd), HandlerStart = Map(h.HandlerStart), HandlerEnd = Map(h.HandlerEnd),
                FilterStart = Map(h.FilterStart), CatchType = Import(h.CatchType),
            });
        if (!from.DebugInformation.HasSequencePoints) return;
        var atOffset = from.Body.Instructions.ToDictionary(i => i.Offset);
        foreach (var point in from.DebugInformation.SequencePoints)
        {
            var document = Document(point.Document);
            to.DebugInformation.SequencePoints.Add(new SequencePoint(instructions[atOffset[point.Offset]], document)
            {
                StartLine = point.StartLine, StartColumn = point.StartColumn, EndLine = point.EndLine, EndColumn = point.EndColumn,
            });
        }

        Instruction? Map(Instruction? i) => i == null ? null : instructions[i];
    }

    Document Document(Document source)
    {
        if (!_documents.TryGetValue(source.Url, out var document))
            _documents[source.Url] = document = new Document(source.Url) { Language = source.Language };
        return document;
    }

    TypeReference Import(TypeReference type) => type switch
    {
        null => null!,
        TypeDefinition definition when _types.TryGetValue(definition, out var copy) => copy,
        ArrayType array => new ArrayType(Import(array.ElementType), array.Rank),
        ByReferenceType reference => new ByReferenceType(Import(reference.ElementType)),
        GenericInstanceType generic => Instance(generic),
        _ => target.ImportReference(type),
    };

    GenericInstanceType Instance(GenericInstanceType generic)
    {
        var copy = new GenericInstanceType(Import(generic.ElementType));
        foreach (var argument in generic.GenericArguments) copy.GenericArguments.Add(Import(argument));
        return copy;
    }

    FieldReference Import(FieldReference field) =>
        field is FieldDefinition definition && _fields.TryGetValue(definition, out var copy) ? copy : target.ImportReference(field);

    MethodReference Import(MethodReference method) =>
        method is MethodDefinition definition && _methods.TryGetValue(definition, out var copy) ? copy : target.ImportReference(method);
}
