package org.repdesk.model;

/** The probation regions of England and Wales. */
public enum Region implements Labelled {
    NORTH_EAST("North East"),
    NORTH_WEST("North West"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and the Humber"),
    GREATER_MANCHESTER("Greater Manchester"),
    EAST_MIDLANDS("East Midlands"),
    WEST_MIDLANDS("West Midlands"),
    EAST_OF_ENGLAND("East of England"),
    LONDON("London"),
    KENT_SURREY_AND_SUSSEX("Kent, Surrey and Sussex"),
    SOUTH_WEST("South West"),
    SOUTH_CENTRAL("South Central"),
    WALES("Wales");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
