using System.Collections.Generic;

namespace StapSharp.Codegen.Ir
{
    /// <summary>Enumerates every statement and expression under an IR node, depth first, without recursion limits of its own.</summary>
    internal static class IrWalker
    {
        public static IEnumerable<object> Descendants(IrStatement root)
        {
            var stack = new Stack<object>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                object node = stack.Pop();
                yield return node;
                foreach (object? child in Children(node))
                {
                    if (child is not null)
                        stack.Push(child);
                }
            }
        }

        private static IEnumerable<object?> Children(object node)
        {
            switch (node)
            {
                case IrBlock b:
                    for (int i = b.Statements.Length - 1; i >= 0; i--)
                        yield return b.Statements[i];
                    break;
                case IrExpressionStatement s: yield return s.Expression; break;
                case IrAssignment s: yield return s.Value; yield return s.Target; break;
                case IrIf s: yield return s.Else; yield return s.Then; yield return s.Condition; break;
                case IrWhile s: yield return s.Body; yield return s.Condition; break;
                case IrFor s: yield return s.Body; yield return s.Increment; yield return s.Condition; yield return s.Initializer; break;
                case IrForeach s:
                    yield return s.Body;
                    yield return s.Limit;
                    for (int i = s.Slice.Length - 1; i >= 0; i--)
                        yield return s.Slice[i];
                    break;
                case IrDelete s: yield return s.Target; break;
                case IrReturn s: yield return s.Value; break;
                case IrTryCatch s: yield return s.Catch; yield return s.Try; break;
                case IrError s: yield return s.Message; break;
                case IrStatisticAdd s: yield return s.Value; foreach (IrExpression k in s.Keys) yield return k; break;
                case IrStatisticValue e: foreach (IrExpression k in e.Keys) yield return k; break;
                case IrHistogramPrint s: foreach (IrExpression k in s.Keys) yield return k; break;
                case IrHistogramText e: foreach (IrExpression k in e.Keys) yield return k; break;
                case IrHistogramBucket e: yield return e.Index; foreach (IrExpression k in e.Keys) yield return k; break;
                case IrHistogramForeach s: yield return s.Body; yield return s.Limit; foreach (IrExpression k in s.Keys) yield return k; break;
                case IrArrayElement e: foreach (IrExpression k in e.Keys) yield return k; break;
                case IrArrayContains e: foreach (IrExpression k in e.Keys) yield return k; break;
                case IrBinaryExpression e: yield return e.Right; yield return e.Left; break;
                case IrUnaryExpression e: yield return e.Operand; break;
                case IrComparison e: yield return e.Right; yield return e.Left; break;
                case IrLogicalExpression e: yield return e.Right; yield return e.Left; break;
                case IrConcatenation e: yield return e.Right; yield return e.Left; break;
                case IrConditionalExpression e: yield return e.WhenFalse; yield return e.WhenTrue; yield return e.Condition; break;
                case IrCall e: foreach (IrExpression a in e.Arguments) yield return a; break;
                case IrFormat e: foreach (IrExpression a in e.Arguments) yield return a; break;
                case IrAssignmentExpression e: yield return e.Value; yield return e.Target; break;
                case IrIncrementExpression e: yield return e.Target; break;
                case IrRegexMatch e: yield return e.Subject; break;
                case IrRegexSubexpression e: yield return e.Index; break;
            }
        }

        /// <summary>True when evaluating the expression may change a local (an assignment or <c>++</c>/<c>--</c> used as a value).</summary>
        public static bool ContainsAssignment(IrExpression expression)
        {
            foreach (object node in Descendants(new IrExpressionStatement(expression)))
            {
                if (node is IrAssignmentExpression or IrIncrementExpression)
                    return true;
            }
            return false;
        }

        /// <summary>True when evaluating the expression may run a script function (which may change globals).</summary>
        public static bool ContainsCall(IrExpression expression)
        {
            foreach (object node in Descendants(new IrExpressionStatement(expression)))
            {
                if (node is IrCall)
                    return true;
            }
            return false;
        }
    }
}
