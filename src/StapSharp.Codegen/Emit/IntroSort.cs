using System;
using System.Collections.Generic;

namespace StapSharp.Codegen
{
    /// <summary>
    /// The order libstdc++'s <c>std::sort</c> leaves a sequence in: introsort (median-of-three quicksort down to runs of
    /// 16, heapsort past a depth of 2·log2 n, then one insertion sort). It is not stable above 16 elements, and stap 4.8
    /// sorts its begin/end/error probes with it on their sequence number alone, so a module that runs more than 16
    /// probes of one sequence number in declaration order prints in another order than stap's (docs/testing.md,
    /// section 5). Deterministic: the same input order always gives the same output order, which is what makes it
    /// reproducible here. Written from the algorithm's description; checked against g++ 12 on the orders in
    /// IntroSortTests.
    /// </summary>
    internal static class IntroSort
    {
        private const int Threshold = 16;

        /// <summary>Sorts <paramref name="items"/> in place; <paramref name="less"/> is the strict weak order. Returns
        /// whether the heapsort fallback ran (so that the tests can show they cover it).</summary>
        public static bool Sort<T>(IList<T> items, Func<T, T, bool> less)
        {
            int n = items.Count;
            if (n < 2)
                return false;
            var s = new Sorter<T>(items, less);
            bool heap = s.IntroSortLoop(0, n, 2 * FloorLog2(n));
            s.FinalInsertionSort(0, n);
            return heap;
        }

        private static int FloorLog2(int n)
        {
            int lg = 0;
            while ((n >>= 1) != 0)
                lg++;
            return lg;
        }

        private readonly struct Sorter<T>(IList<T> a, Func<T, T, bool> less)
        {
            public bool IntroSortLoop(int first, int last, int depthLimit)
            {
                bool heap = false;
                while (last - first > Threshold)
                {
                    if (depthLimit == 0)
                    {
                        MakeHeap(first, last);
                        SortHeap(first, last);
                        return true;
                    }

                    depthLimit--;
                    int cut = PartitionAroundPivot(first, last);
                    heap |= IntroSortLoop(cut, last, depthLimit);
                    last = cut;
                }

                return heap;
            }

            private int PartitionAroundPivot(int first, int last)
            {
                int mid = first + (last - first) / 2;
                MoveMedianToFirst(first, first + 1, mid, last - 1);
                return UnguardedPartition(first + 1, last, first);
            }

            private void MoveMedianToFirst(int result, int x, int y, int z)
            {
                int median;
                if (less(a[x], a[y]))
                    median = less(a[y], a[z]) ? y : less(a[x], a[z]) ? z : x;
                else
                    median = less(a[x], a[z]) ? x : less(a[y], a[z]) ? z : y;
                Swap(result, median);
            }

            private int UnguardedPartition(int first, int last, int pivot)
            {
                while (true)
                {
                    while (less(a[first], a[pivot]))
                        first++;
                    last--;
                    while (less(a[pivot], a[last]))
                        last--;
                    if (first >= last)
                        return first;
                    Swap(first, last);
                    first++;
                }
            }

            public void FinalInsertionSort(int first, int last)
            {
                if (last - first > Threshold)
                {
                    InsertionSort(first, first + Threshold);
                    for (int i = first + Threshold; i < last; i++)
                        UnguardedLinearInsert(i);
                }
                else
                {
                    InsertionSort(first, last);
                }
            }

            private void InsertionSort(int first, int last)
            {
                for (int i = first + 1; i < last; i++)
                {
                    if (less(a[i], a[first]))
                    {
                        T value = a[i];
                        for (int j = i; j > first; j--)
                            a[j] = a[j - 1];
                        a[first] = value;
                    }
                    else
                    {
                        UnguardedLinearInsert(i);
                    }
                }
            }

            private void UnguardedLinearInsert(int last)
            {
                T value = a[last];
                int next = last - 1;
                while (less(value, a[next]))
                {
                    a[last] = a[next];
                    last = next;
                    next--;
                }

                a[last] = value;
            }

            // ---- the heapsort fallback (std::make_heap / std::sort_heap with a max-heap) ----

            private void MakeHeap(int first, int last)
            {
                int len = last - first;
                if (len < 2)
                    return;
                for (int parent = (len - 2) / 2; ; parent--)
                {
                    AdjustHeap(first, parent, len, a[first + parent]);
                    if (parent == 0)
                        return;
                }
            }

            private void SortHeap(int first, int last)
            {
                while (last - first > 1)
                {
                    last--;
                    T value = a[last];
                    a[last] = a[first];
                    AdjustHeap(first, 0, last - first, value);
                }
            }

            private void AdjustHeap(int first, int hole, int len, T value)
            {
                int top = hole;
                int child = hole;
                while (child < (len - 1) / 2)
                {
                    child = 2 * (child + 1);
                    if (less(a[first + child], a[first + child - 1]))
                        child--;
                    a[first + hole] = a[first + child];
                    hole = child;
                }

                if ((len & 1) == 0 && child == (len - 2) / 2)
                {
                    child = 2 * (child + 1);
                    a[first + hole] = a[first + child - 1];
                    hole = child - 1;
                }

                int parent = (hole - 1) / 2;
                while (hole > top && less(a[first + parent], value))
                {
                    a[first + hole] = a[first + parent];
                    hole = parent;
                    parent = (hole - 1) / 2;
                }

                a[first + hole] = value;
            }

            private void Swap(int i, int j) => (a[i], a[j]) = (a[j], a[i]);
        }
    }
}
