using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The kernel's own type information: the BTF that <c>CONFIG_DEBUG_INFO_BTF</c> builds from the compiler's DWARF
    /// (pahole) and links into vmlinux between <c>__start_BTF</c> and <c>__stop_BTF</c> (what the running kernel serves
    /// as <c>/sys/kernel/btf/vmlinux</c>). It is exact for the kernel's build: struct members with their bit offsets and
    /// types, and, for every tracepoint in vmlinux, the typedef <c>btf_trace_NAME</c> whose prototype is
    /// <c>(void *__data, TP_PROTO...)</c>. Read from the image, it needs no debuginfo package and no compiler.
    /// </summary>
    internal sealed class KernelBtf
    {
        private const ushort Magic = 0xeb9f;

        internal enum Kind
        {
            Void = 0, Int = 1, Pointer = 2, Array = 3, Struct = 4, Union = 5, Enum = 6, Forward = 7, Typedef = 8,
            Volatile = 9, Const = 10, Restrict = 11, Function = 12, FunctionPrototype = 13, Variable = 14, DataSection = 15,
            Float = 16, DeclarationTag = 17, TypeTag = 18, Enum64 = 19,
        }

        /// <summary>One BTF type; <see cref="Type"/> is the referenced type id (pointers, typedefs, qualifiers, arrays' element).</summary>
        internal sealed class BtfType
        {
            public Kind Kind;
            public string Name = string.Empty;
            public uint Size;
            public int Type;
            public uint ElementCount;
            public (string Name, int Type, uint BitOffset, uint BitfieldSize)[] Members = Array.Empty<(string, int, uint, uint)>();
        }

        /// <summary>A struct or union member with its offset from the start of the outer type.</summary>
        internal readonly struct Member
        {
            public Member(string name, int type, string typeName, uint bitOffset, uint bitfieldSize)
            {
                Name = name;
                Type = type;
                TypeName = typeName;
                BitOffset = bitOffset;
                BitfieldSize = bitfieldSize;
            }

            public string Name { get; }
            public int Type { get; }
            public string TypeName { get; }
            public uint BitOffset { get; }
            public uint BitfieldSize { get; }
            public override string ToString() => TypeName + " " + Name + " @" + BitOffset / 8 + (BitOffset % 8 != 0 ? "+" + BitOffset % 8 + "b" : string.Empty);
        }

        private readonly List<BtfType> _types;
        private readonly Dictionary<string, int> _structs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _typedefs = new(StringComparer.Ordinal);

        private KernelBtf(List<BtfType> types)
        {
            _types = types;
            for (int id = 1; id < types.Count; id++)
            {
                BtfType type = types[id];
                if (type.Name.Length == 0) continue;
                if (type.Kind is Kind.Struct or Kind.Union)
                {
                    string key = (type.Kind == Kind.Struct ? "struct " : "union ") + type.Name;
                    if (!_structs.ContainsKey(key)) _structs.Add(key, id);
                }
                else if (type.Kind == Kind.Typedef && !_typedefs.ContainsKey(type.Name))
                {
                    _typedefs.Add(type.Name, id);
                }
            }
        }

        public int TypeCount => _types.Count - 1;

        public BtfType this[int id] => _types[id];

        /// <summary>Reads the BTF in the image: the bytes between the <c>__start_BTF</c> and <c>__stop_BTF</c> symbols.</summary>
        public static KernelBtf? FromImage(KernelElfImage elf, IReadOnlyList<KernelSymbol> symbols, out string? problem)
        {
            byte[]? blob = BlobFromImage(elf, symbols, out problem);
            return blob != null ? TryRead(blob, out problem) : null;
        }

        /// <summary>The raw BTF of the image (what the cache keeps), or null with the reason.</summary>
        public static byte[]? BlobFromImage(KernelElfImage elf, IReadOnlyList<KernelSymbol> symbols, out string? problem)
        {
            problem = null;
            ulong? start = null, stop = null;
            foreach (KernelSymbol symbol in symbols)
            {
                if (symbol.Name == "__start_BTF") start ??= symbol.Address;
                else if (symbol.Name == "__stop_BTF") stop ??= symbol.Address;
            }
            if (start == null || stop == null)
            {
                problem = "the image has no __start_BTF/__stop_BTF symbols (a kernel without CONFIG_DEBUG_INFO_BTF)";
                return null;
            }
            byte[]? blob = elf.ReadBytes(start.Value, stop.Value);
            if (blob == null) problem = "the BTF section is not in the image file";
            return blob;
        }

        /// <summary>Parses a raw BTF blob (<c>/sys/kernel/btf/vmlinux</c> has the same format).</summary>
        public static KernelBtf? TryRead(byte[] blob, out string? problem)
        {
            problem = null;
            if (blob.Length < 24 || BinaryPrimitives.ReadUInt16LittleEndian(blob) != Magic)
            {
                problem = "not BTF (no 0xeb9f magic)";
                return null;
            }
            uint headerLength = U32(blob, 4);
            uint typeOffset = U32(blob, 8), typeLength = U32(blob, 12), stringOffset = U32(blob, 16), stringLength = U32(blob, 20);
            long typesStart = headerLength + typeOffset, stringsStart = headerLength + stringOffset;
            if (typesStart + typeLength > blob.Length || stringsStart + stringLength > blob.Length)
            {
                problem = "BTF header points outside the blob";
                return null;
            }

            string Name(uint offset)
            {
                if (offset >= stringLength) return string.Empty;
                int at = (int)(stringsStart + offset);
                int end = Array.IndexOf(blob, (byte)0, at);
                return Encoding.ASCII.GetString(blob, at, (end < 0 ? blob.Length : end) - at);
            }

            var types = new List<BtfType> { new BtfType { Kind = Kind.Void, Name = "void" } };
            int i = (int)typesStart, end = (int)(typesStart + typeLength);
            while (i + 12 <= end)
            {
                uint info = U32(blob, i + 4);
                var type = new BtfType
                {
                    Name = Name(U32(blob, i)),
                    Kind = (Kind)((info >> 24) & 0x1f),
                    Size = U32(blob, i + 8),
                };
                int count = (int)(info & 0xffff);
                bool kindFlag = (info & 0x80000000) != 0;
                type.Type = (int)type.Size;
                i += 12;
                switch (type.Kind)
                {
                    case Kind.Int:
                    case Kind.Variable:
                    case Kind.DeclarationTag:
                        i += 4;
                        break;
                    case Kind.Array:
                        type.Type = (int)U32(blob, i);
                        type.ElementCount = U32(blob, i + 8);
                        i += 12;
                        break;
                    case Kind.Struct:
                    case Kind.Union:
                        type.Members = new (string, int, uint, uint)[count];
                        for (int m = 0; m < count; m++, i += 12)
                        {
                            uint offset = U32(blob, i + 8);
                            type.Members[m] = (Name(U32(blob, i)), (int)U32(blob, i + 4),
                                kindFlag ? offset & 0xffffff : offset, kindFlag ? offset >> 24 : 0);
                        }
                        break;
                    case Kind.Enum:
                        i += 8 * count;
                        break;
                    case Kind.Enum64:
                        i += 12 * count;
                        break;
                    case Kind.FunctionPrototype:
                        type.Members = new (string, int, uint, uint)[count];
                        for (int m = 0; m < count; m++, i += 8)
                            type.Members[m] = (Name(U32(blob, i)), (int)U32(blob, i + 4), 0, 0);
                        break;
                    case Kind.DataSection:
                        i += 12 * count;
                        break;
                    case Kind.Pointer:
                    case Kind.Forward:
                    case Kind.Typedef:
                    case Kind.Volatile:
                    case Kind.Const:
                    case Kind.Restrict:
                    case Kind.Function:
                    case Kind.Float:
                    case Kind.TypeTag:
                        break;
                    default:
                        problem = "unknown BTF kind " + (int)type.Kind + " at type " + types.Count;
                        return null;
                }
                types.Add(type);
            }
            return new KernelBtf(types);
        }

        /// <summary>The id of <c>struct NAME</c> or <c>union NAME</c> (with its keyword), or null.</summary>
        public int? FindAggregate(string keywordAndName) => _structs.TryGetValue(keywordAndName, out int id) ? id : null;

        /// <summary>
        /// The members of a struct or union, the members of anonymous structs and unions inside it included at their
        /// place (C reaches them by name), or null when the type is not an aggregate.
        /// </summary>
        public IReadOnlyList<Member>? MembersOf(int id)
        {
            BtfType type = Resolve(id);
            if (type.Kind is not (Kind.Struct or Kind.Union)) return null;
            var result = new List<Member>();
            AddMembers(type, 0, result);
            return result;
        }

        private void AddMembers(BtfType aggregate, uint baseBits, List<Member> result)
        {
            foreach (var (name, type, bitOffset, bitfieldSize) in aggregate.Members)
            {
                if (name.Length == 0 && Resolve(type) is { Kind: Kind.Struct or Kind.Union } inner)
                    AddMembers(inner, baseBits + bitOffset, result);
                else
                    result.Add(new Member(name, type, TypeName(type), baseBits + bitOffset, bitfieldSize));
            }
        }

        /// <summary>
        /// The tracepoint's <c>TP_PROTO</c> as the compiler saw it: the parameters of <c>btf_trace_NAME</c> after the
        /// leading <c>void *</c> (the probe's data), as (type id, C spelling); null when vmlinux has no such tracepoint.
        /// </summary>
        public IReadOnlyList<(int Type, string TypeName)>? TracepointPrototype(string name)
        {
            if (!_typedefs.TryGetValue("btf_trace_" + name, out int typedef)) return null;
            BtfType pointer = _types[_types[typedef].Type];
            if (pointer.Kind != Kind.Pointer) return null;
            BtfType prototype = _types[pointer.Type];
            if (prototype.Kind != Kind.FunctionPrototype || prototype.Members.Length == 0) return null;
            return prototype.Members.Skip(1).Select(p => (p.Type, TypeName(p.Type))).ToArray();
        }

        /// <summary>Skips typedefs and qualifiers down to the type that has a layout.</summary>
        public BtfType Resolve(int id)
        {
            BtfType type = _types[id];
            for (int hops = 0; hops < 32 && type.Kind is Kind.Typedef or Kind.Const or Kind.Volatile or Kind.Restrict or Kind.TypeTag; hops++)
                type = _types[type.Type];
            return type;
        }

        /// <summary>The C spelling of a type: <c>struct task_struct *</c>, <c>const char *</c>, <c>pid_t</c>, <c>char[16]</c>.</summary>
        public string TypeName(int id)
        {
            if (id <= 0 || id >= _types.Count) return "void";
            BtfType type = _types[id];
            switch (type.Kind)
            {
                case Kind.Pointer:
                    {
                        BtfType target = _types[type.Type];
                        if (target.Kind == Kind.FunctionPrototype) return FunctionPointer(target);
                        string inner = TypeName(type.Type);
                        return inner.EndsWith("*", StringComparison.Ordinal) ? inner + "*" : inner + " *";
                    }
                case Kind.Const: return "const " + TypeName(type.Type);
                case Kind.Volatile: return "volatile " + TypeName(type.Type);
                case Kind.Restrict: return TypeName(type.Type) + " restrict";
                case Kind.TypeTag: return TypeName(type.Type);
                case Kind.Array: return TypeName(type.Type) + "[" + type.ElementCount + "]";
                case Kind.Struct: return "struct " + Anonymous(type.Name);
                case Kind.Union: return "union " + Anonymous(type.Name);
                case Kind.Enum:
                case Kind.Enum64: return "enum " + Anonymous(type.Name);
                case Kind.Forward: return "struct " + type.Name;
                case Kind.FunctionPrototype: return FunctionPointer(type).Replace("(*)", "()");
                default: return type.Name.Length > 0 ? type.Name : "void";
            }
        }

        private static string Anonymous(string name) => name.Length > 0 ? name : "{...}";

        private string FunctionPointer(BtfType prototype) =>
            TypeName(prototype.Type) + " (*)(" + string.Join(", ", prototype.Members.Select(p => p.Type == 0 ? "..." : TypeName(p.Type))) + ")";

        private static uint U32(byte[] blob, int at) => BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(at));
    }
}
