// The "vm" collection and the kernel-flavour collections each build modules and boot QEMU: run them one after the
// other, not at once, on a 2-core CI machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
