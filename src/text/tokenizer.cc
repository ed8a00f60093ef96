#include "dyad/tokenizer.h"
