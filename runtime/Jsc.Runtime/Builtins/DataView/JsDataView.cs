using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>A DataView instance: https://tc39.es/ecma262/#sec-properties-of-dataview-instances</summary>
public sealed class JsDataView(JsObject prototype, JsArrayBuffer buffer, int byteOffset, int byteLength) : JsObject(prototype)
{
    public readonly JsArrayBuffer Buffer = buffer;
    public readonly int ByteOffset = byteOffset;
    public readonly int ByteLength = byteLength;

    public override string ClassName => "DataView";
}
