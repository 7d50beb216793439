using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    public class KernelBtfTests
    {
        /// <summary>A BTF blob written by hand from the format (include/uapi/linux/btf.h), with known layouts.</summary>
        private static byte[] Blob()
        {
            var strings = new MemoryStream();
            strings.WriteByte(0);
            var names = new Dictionary<string, uint>();
            uint Str(string s)
            {
                if (s.Length == 0) return 0;
                if (names.TryGetValue(s, out uint at)) return at;
                at = (uint)strings.Length;
                byte[] bytes = Encoding.ASCII.GetBytes(s + "\0");
                strings.Write(bytes, 0, bytes.Length);
                names[s] = at;
                return at;
            }

            var types = new MemoryStream();
            var w = new BinaryWriter(types);
            void Type(string name, int kind, int vlen, uint sizeOrType, bool kindFlag = false)
            {
                w.Write(Str(name));
                w.Write((uint)vlen | ((uint)kind << 24) | (kindFlag ? 0x80000000u : 0));
                w.Write(sizeOrType);
            }
            void Member(string name, uint type, uint offset) { w.Write(Str(name)); w.Write(type); w.Write(offset); }

            Type("int", 1, 0, 4); w.Write(0x01000020u);                 // 1: int (signed, 32 bits)
            Type("pid_t", 8, 0, 1);                                     // 2: typedef int pid_t
            Type("char", 1, 0, 1); w.Write(0x00000008u);                // 3: char
            Type("", 3, 0, 0); w.Write(3u); w.Write(1u); w.Write(16u);   // 4: char[16]
            Type("task_struct", 4, 4, 64);                              // 5: struct task_struct
            Member("pid", 2, 64); Member("comm", 4, 96); Member("", 7, 256); Member("parent", 6, 320);
            Type("", 2, 0, 5);                                          // 6: struct task_struct *
            Type("", 5, 2, 8);                                          // 7: union { int a; long b; }
            Member("a", 1, 0); Member("b", 8, 0);
            Type("long int", 1, 0, 8); w.Write(0x01000040u);            // 8: long int
            Type("", 2, 0, 0);                                          // 9: void *
            Type("", 13, 3, 0);                                         // 10: void (void *, struct task_struct *, pid_t)
            w.Write(0u); w.Write(9u); w.Write(0u); w.Write(6u); w.Write(0u); w.Write(2u);
            Type("", 2, 0, 10);                                         // 11: pointer to 10
            Type("btf_trace_demo", 8, 0, 11);                           // 12: typedef
            Type("", 10, 0, 3);                                         // 13: const char
            Type("", 2, 0, 13);                                         // 14: const char *
            Type("flags", 4, 2, 4, kindFlag: true);                     // 15: struct flags { int x:3; int y:5; }
            Member("x", 1, (3u << 24) | 0); Member("y", 1, (5u << 24) | 3);

            var blob = new MemoryStream();
            var h = new BinaryWriter(blob);
            h.Write((ushort)0xeb9f); h.Write((byte)1); h.Write((byte)0); h.Write(24u);
            h.Write(0u); h.Write((uint)types.Length); h.Write((uint)types.Length); h.Write((uint)strings.Length);
            h.Write(types.ToArray()); h.Write(strings.ToArray());
            return blob.ToArray();
        }

        [Fact]
        public void Reads_members_with_offsets_through_anonymous_unions()
        {
            KernelBtf btf = KernelBtf.TryRead(Blob(), out string? problem)!;
            Assert.Null(problem);
            Assert.Equal(15, btf.TypeCount);

            var members = btf.MembersOf(btf.FindAggregate("struct task_struct")!.Value)!;

            Assert.Equal(new[] { "pid_t pid @8", "char[16] comm @12", "int a @32", "long int b @32", "struct task_struct * parent @40" },
                members.Select(m => m.ToString()));
            Assert.Equal("const char *", btf.TypeName(14));
            Assert.Null(btf.FindAggregate("struct nothing"));
            Assert.Null(btf.MembersOf(1));
        }

        [Fact]
        public void Reads_bitfields_and_tracepoint_prototypes()
        {
            KernelBtf btf = KernelBtf.TryRead(Blob(), out _)!;

            var flags = btf.MembersOf(btf.FindAggregate("struct flags")!.Value)!;
            Assert.Equal(new[] { (0u, 3u), (3u, 5u) }, flags.Select(m => (m.BitOffset, m.BitfieldSize)));
            Assert.Equal(new[] { "struct task_struct *", "pid_t" }, btf.TracepointPrototype("demo")!.Select(p => p.TypeName));
            Assert.Null(btf.TracepointPrototype("nothing"));
        }

        [Fact]
        public void Refuses_what_is_not_BTF()
        {
            Assert.Null(KernelBtf.TryRead(new byte[64], out string? problem));
            Assert.Contains("magic", problem);
        }
    }
}
