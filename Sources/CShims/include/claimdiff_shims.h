#ifndef CLAIMDIFF_SHIMS_H
#define CLAIMDIFF_SHIMS_H
/* Asks the processor to begin loading the cache line at `address`, for writing, without waiting
   for it: a hash table's insertions issue the next key's loads while the current key is placed. */
static inline void claimdiff_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }
#endif
