using System.Collections.Immutable;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class FrameEmitter
    {
        /// <summary>
        /// The runtime's map functions take string keys as <c>char *</c>; a string parameter of a script function is a
        /// <c>const char *</c> into the caller's frame (never written through a key), so it is cast. Other operands
        /// (the value of an assignment after the keys) pass unchanged.
        /// </summary>
        private string[] MapKeys(ImmutableArray<IrExpression> keys, string[] operands)
        {
            for (int i = 0; i < keys.Length && i < operands.Length; i++)
            {
                if (keys[i] is IrLocalReference { Type: IrType.String } local && IsPointerParameter(local.Variable))
                    operands[i] = "(char *) " + operands[i];
            }
            return operands;
        }

        private bool IsPointerParameter(IrVariable variable)
        {
            if (_function is null || EmbeddedPragmas.CopiesStringArguments(_function))
                return false;
            foreach (IrVariable parameter in _function.Parameters)
            {
                if (parameter.Name == variable.Name)
                    return true;
            }
            return false;
        }
    }
}
