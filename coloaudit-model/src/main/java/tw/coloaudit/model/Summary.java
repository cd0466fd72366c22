package tw.coloaudit.model;

/** How many controls ended in each status, and how many findings were listed. */
public record Summary(
    int pass, int fail, int notApplicable, int insufficientEvidence, int waived, int error, int findings) {}
