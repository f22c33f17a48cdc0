"""The rating pad (评价器): a full-screen touch face beside a counter, paired to its window."""
